/**
 * CRLs for the CRL watch, on top of certs.ts's `crl()`: dated around a test's `now`, numbered,
 * with entries of chosen reason codes, signed with RSA PKCS#1 v1.5, RSASSA-PSS, ECDSA or Ed25519,
 * and the issuer certificates that verify them. All really signed.
 */
import { constants, sign } from 'node:crypto';
import { bitString, sequence } from '../../src/der/encode.js';
import { children, type DerNode, encoded, parseDer } from '../../src/der/node.js';
import { SIG_PSS } from '../../src/lints/util/keys_validity.js';
import { parseCertificate } from '../../src/x509/certificate.js';
import { OID } from '../../src/x509/oids.js';
import {
  type CrlOptions,
  crl,
  ext,
  key,
  type KeyName,
  ROOT_NAME,
  type RevokedSpec,
  root,
  subCA,
} from './certs.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const issuers = new Map<KeyName, Uint8Array>();

/** The issuing CA certificate (certs.ts's subCA) whose key is `signer`: it verifies `crlAt(…, {signer})`. */
export function issuerFor(signer: KeyName = 'rsa2048'): Uint8Array {
  let der = issuers.get(signer);
  if (der === undefined) {
    der = subCA({ key: signer });
    issuers.set(signer, der);
  }
  return der;
}

export interface DatedCrl extends CrlOptions {
  /** CRLNumber; 1 by default. */
  number?: bigint | number;
}

/** A good CRL of the issuing CA issued an hour before `now`, valid 7 days, no entries unless given. */
export function crlAt(now: number, o: DatedCrl = {}): Uint8Array {
  const thisUpdate = o.thisUpdate instanceof Date ? o.thisUpdate : new Date(now - HOUR);
  const { number, ...options } = o;
  return crl({
    revoked: null,
    nextUpdate: new Date(thisUpdate.getTime() + 7 * DAY),
    ...options,
    thisUpdate,
    ext: { [OID.crlNumber]: ext.crlNumber(number ?? 1), ...o.ext },
  });
}

/** A CRL entry revoked at `date`, with this reasonCode (null: no extension), critical if asked. */
export function entry(serial: bigint, reasonCode: number | null, date: Date, critical = false): RevokedSpec {
  return { serial, date, extensions: reasonCode === null ? [] : [ext.crlReason(reasonCode, critical)] };
}

/** A CRL signed by certs.ts's root (self-signed, RSA 3072): a CRL of CA certificates. */
export function rootCrlAt(now: number, o: DatedCrl = {}): Uint8Array {
  const rootCert = parseCertificate(root());
  if (!rootCert.ok) throw new Error(rootCert.reason);
  const ski = rootCert.value.extensions.subjectKeyIdentifier as Uint8Array;
  return crlAt(now, {
    signer: 'rsa3072',
    issuer: ROOT_NAME,
    ...o,
    ext: { [OID.authorityKeyIdentifier]: ext.authorityKeyIdentifier(ski), ...o.ext },
  });
}

/** The RSASSA-PSS AlgorithmIdentifier of BR 7.1.3.2.1 for SHA-256 (salt 32). */
const PSS_SHA256 = SIG_PSS[0] as Uint8Array;

/** `crlAt` signed with RSASSA-PSS (SHA-256, MGF1 SHA-256, salt 32) by the rsa2048 issuer. */
export function pssCrlAt(now: number, o: DatedCrl = {}): Uint8Array {
  const [tbs] = children(parseDer(crlAt(now, { ...o, signer: 'rsa2048', signatureAlgorithm: PSS_SHA256 })));
  const tbsDer = encoded(tbs as DerNode);
  const signature = sign('sha256', tbsDer, {
    key: key('rsa2048').privateKey,
    padding: constants.RSA_PKCS1_PSS_PADDING,
    saltLength: 32,
  });
  return sequence(tbsDer, PSS_SHA256, bitString(new Uint8Array(signature)));
}
