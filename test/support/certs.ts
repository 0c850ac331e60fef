/**
 * Builds real, signed test certificates and CRLs with exactly the defect a test
 * wants. `leaf()`, `subCA()` and `root()` start from profiles that pass every
 * lint; options replace fields, `ext` replaces, adds (by OID) or removes (null)
 * extensions. All fixtures are generated here: nothing is downloaded or copied.
 */
import { randomBytes } from 'node:crypto';
import {
  bitString,
  boolean,
  concat,
  type Der,
  explicit,
  ia5String,
  implicit,
  implicitConstructed,
  integer,
  integerBytes,
  namedBits,
  nullValue,
  octetString,
  oid,
  printableString,
  sequence,
  set,
  time,
  tlv,
  utf8String,
} from '../../src/der/encode.js';
import { OID } from '../../src/x509/oids.js';
import { type KeyName, key, signWith } from './keys.js';

export type { KeyName } from './keys.js';
export { key, signWith } from './keys.js';

// ---- names -------------------------------------------------------------------------------------

const SHORT: Record<string, string> = {
  CN: OID.commonName,
  C: OID.countryName,
  L: OID.localityName,
  ST: OID.stateOrProvinceName,
  street: OID.streetAddress,
  O: OID.organizationName,
  OU: OID.organizationalUnitName,
  DC: OID.domainComponent,
  serialNumber: OID.serialNumber,
  postalCode: OID.postalCode,
  GN: OID.givenName,
  SN: OID.surname,
  email: OID.emailAddress,
  businessCategory: OID.businessCategory,
  jurC: OID.jurisdictionCountry,
  jurST: OID.jurisdictionStateOrProvince,
  jurL: OID.jurisdictionLocality,
  orgId: OID.organizationIdentifier,
};

/** [type (short name or OID), value, optional encoded value] */
export type Attr = readonly [string, string, Der?];

function attrType(t: string): string {
  return SHORT[t] ?? t;
}

function defaultEncoding(type: string, value: string): Der {
  if (type === OID.countryName || type === OID.jurisdictionCountry || type === OID.serialNumber)
    return printableString(value);
  if (type === OID.domainComponent || type === OID.emailAddress) return ia5String(value);
  return utf8String(value);
}

const atv = ([t, v, enc]: Attr): Der => {
  const type = attrType(t);
  return sequence(oid(type), enc ?? defaultEncoding(type, v));
};

/** A Name with one attribute per RDN, in the order given. */
export function name(...attrs: Attr[]): Der {
  return sequence(...attrs.map((a) => set(atv(a))));
}

/** A Name from explicit RDNs, for multi-valued RDNs. */
export function nameOfRdns(...rdns: Attr[][]): Der {
  return sequence(...rdns.map((rdn) => set(...rdn.map(atv))));
}

// ---- extensions --------------------------------------------------------------------------------

export function extension(id: string, critical: boolean, value: Der): Der {
  return critical
    ? sequence(oid(id), boolean(true), octetString(value))
    : sequence(oid(id), octetString(value));
}

export type GN =
  | { dns: string }
  | { ip: string | Uint8Array }
  | { email: string }
  | { uri: string }
  | { dn: Der }
  | { rid: string }
  | { other: [string, Der] }
  | { raw: Der };

function ipBytes(ip: string | Uint8Array): Uint8Array {
  if (typeof ip !== 'string') return ip;
  if (ip.includes(':')) {
    const full = ip.includes('::')
      ? (() => {
          const [h = '', t = ''] = ip.split('::');
          const hs = h ? h.split(':') : [];
          const ts = t ? t.split(':') : [];
          return [...hs, ...new Array(8 - hs.length - ts.length).fill('0'), ...ts];
        })()
      : ip.split(':');
    return Uint8Array.from(full.flatMap((g) => [Number.parseInt(g, 16) >> 8, Number.parseInt(g, 16) & 0xff]));
  }
  return Uint8Array.from(ip.split('.').map(Number));
}

export function generalName(gn: GN): Der {
  const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
  if ('dns' in gn) return implicit(2, ascii(gn.dns));
  if ('ip' in gn) return implicit(7, ipBytes(gn.ip));
  if ('email' in gn) return implicit(1, ascii(gn.email));
  if ('uri' in gn) return implicit(6, ascii(gn.uri));
  if ('dn' in gn) return explicit(4, gn.dn);
  if ('rid' in gn) return implicit(8, oid(gn.rid).subarray(2));
  if ('other' in gn) return implicitConstructed(0, oid(gn.other[0]), explicit(0, gn.other[1]));
  return gn.raw;
}

const names = (list: readonly (GN | string)[]): Der =>
  sequence(...list.map((n) => generalName(typeof n === 'string' ? { dns: n } : n)));

export interface PolicySpec {
  readonly oid: string;
  readonly cps?: string;
  readonly userNotice?: string;
  /** Raw PolicyQualifierInfo encodings, appended after the others. */
  readonly qualifiers?: readonly Der[];
}

/** Extension encoders: each returns a whole Extension, critical as BR 7.1.2 usually wants. */
export const ext = {
  raw: extension,
  subjectAltName: (list: readonly (GN | string)[], critical = false) =>
    extension(OID.subjectAltName, critical, names(list)),
  issuerAltName: (list: readonly (GN | string)[], critical = false) =>
    extension(OID.issuerAltName, critical, names(list)),
  basicConstraints: (ca: boolean, pathLen?: number, critical = true) =>
    extension(
      OID.basicConstraints,
      critical,
      sequence(...(ca ? [boolean(true)] : []), ...(pathLen === undefined ? [] : [integer(pathLen)])),
    ),
  keyUsage: (bits: readonly number[], critical = true) => extension(OID.keyUsage, critical, namedBits(bits)),
  extKeyUsage: (ekus: readonly string[], critical = false) =>
    extension(OID.extKeyUsage, critical, sequence(...ekus.map(oid))),
  certificatePolicies: (policies: readonly (PolicySpec | string)[], critical = false) =>
    extension(
      OID.certificatePolicies,
      critical,
      sequence(
        ...policies.map((p) => {
          const spec = typeof p === 'string' ? { oid: p } : p;
          const quals = [
            ...(spec.cps ? [sequence(oid(OID.cps), ia5String(spec.cps))] : []),
            ...(spec.userNotice
              ? [sequence(oid(OID.userNotice), sequence(utf8String(spec.userNotice)))]
              : []),
            ...(spec.qualifiers ?? []),
          ];
          return quals.length ? sequence(oid(spec.oid), sequence(...quals)) : sequence(oid(spec.oid));
        }),
      ),
    ),
  authorityInfoAccess: (
    access: { ocsp?: readonly (GN | string)[]; caIssuers?: readonly (GN | string)[] },
    critical = false,
  ) =>
    extension(
      OID.authorityInfoAccess,
      critical,
      sequence(
        ...(access.ocsp ?? []).map((l) =>
          sequence(oid(OID.ocsp), generalName(typeof l === 'string' ? { uri: l } : l)),
        ),
        ...(access.caIssuers ?? []).map((l) =>
          sequence(oid(OID.caIssuers), generalName(typeof l === 'string' ? { uri: l } : l)),
        ),
      ),
    ),
  crlDistributionPoints: (urls: readonly (GN | string)[], critical = false) =>
    extension(
      OID.crlDistributionPoints,
      critical,
      sequence(
        sequence(
          implicitConstructed(
            0,
            implicitConstructed(0, ...urls.map((u) => generalName(typeof u === 'string' ? { uri: u } : u))),
          ),
        ),
      ),
    ),
  subjectKeyIdentifier: (id: Uint8Array, critical = false) =>
    extension(OID.subjectKeyIdentifier, critical, octetString(id)),
  authorityKeyIdentifier: (id: Uint8Array, critical = false) =>
    extension(OID.authorityKeyIdentifier, critical, sequence(implicit(0, id))),
  nameConstraints: (nc: { permitted?: readonly GN[]; excluded?: readonly GN[] }, critical = true) =>
    extension(
      OID.nameConstraints,
      critical,
      sequence(
        ...(nc.permitted
          ? [implicitConstructed(0, ...nc.permitted.map((g) => sequence(generalName(g))))]
          : []),
        ...(nc.excluded ? [implicitConstructed(1, ...nc.excluded.map((g) => sequence(generalName(g))))] : []),
      ),
    ),
  ctPoison: () => extension(OID.ctPoison, true, nullValue()),
  crlNumber: (n: bigint | number) => extension(OID.crlNumber, false, integer(n)),
  crlReason: (code: number, critical = false) =>
    extension(OID.crlReason, critical, tlv(0x0a, Uint8Array.of(code))),
};

export const KU = {
  digitalSignature: 0,
  nonRepudiation: 1,
  keyEncipherment: 2,
  dataEncipherment: 3,
  keyAgreement: 4,
  keyCertSign: 5,
  cRLSign: 6,
  encipherOnly: 7,
  decipherOnly: 8,
} as const;

// ---- algorithms --------------------------------------------------------------------------------

export const alg = {
  sha256WithRSA: sequence(oid(OID.sha256WithRSA), nullValue()),
  sha384WithRSA: sequence(oid(OID.sha384WithRSA), nullValue()),
  sha512WithRSA: sequence(oid(OID.sha512WithRSA), nullValue()),
  sha1WithRSA: sequence(oid(OID.sha1WithRSA), nullValue()),
  ecdsaWithSha256: sequence(oid(OID.ecdsaWithSha256)),
  ecdsaWithSha384: sequence(oid(OID.ecdsaWithSha384)),
  ecdsaWithSha512: sequence(oid(OID.ecdsaWithSha512)),
  ed25519: sequence(oid(OID.ed25519)),
};

export function algorithmFor(signer: KeyName): Der {
  if (signer.startsWith('rsa')) return alg.sha256WithRSA;
  if (signer === 'ed25519') return alg.ed25519;
  return signer === 'p384'
    ? alg.ecdsaWithSha384
    : signer === 'p521'
      ? alg.ecdsaWithSha512
      : alg.ecdsaWithSha256;
}

// ---- certificates ------------------------------------------------------------------------------

export interface CertOptions {
  /** 1–3; undefined keeps v3. `null` omits the version field (v1 by DEFAULT). */
  version?: number | null;
  /** A number is encoded minimally; bytes are used as the INTEGER's content octets. */
  serial?: bigint | Uint8Array;
  signatureAlgorithm?: Der;
  tbsSignatureAlgorithm?: Der;
  issuer?: Der;
  subject?: Der;
  notBefore?: Date | Der;
  notAfter?: Date | Der;
  /** The subject's key, by name; or a whole SubjectPublicKeyInfo encoding. */
  key?: KeyName;
  spki?: Der;
  /** The key that signs (the issuer's). */
  signer?: KeyName;
  issuerUniqueId?: Uint8Array;
  subjectUniqueId?: Uint8Array;
  /** Replace (by OID), add, or remove (null) extensions of the profile. */
  ext?: Record<string, Der | null>;
  /** Replace the whole extension list; an empty list keeps an empty [3] field. */
  extensions?: readonly Der[] | null;
}

type Profile = Required<
  Pick<CertOptions, 'issuer' | 'subject' | 'notBefore' | 'notAfter' | 'key' | 'signer'>
> & {
  extensions: [string, Der][];
};

const DAY = 86_400_000;
export const ISSUER_NAME = name(['C', 'US'], ['O', 'Vigil Test PKI'], ['CN', 'Vigil Test Issuing CA R1']);
export const ROOT_NAME = name(['C', 'US'], ['O', 'Vigil Test PKI'], ['CN', 'Vigil Test Root R1']);
/** Issuance date of the default profiles: after every rule now in force, before the 2027 steps. */
export const DEFAULT_NOT_BEFORE = new Date('2026-06-01T00:00:00Z');
const ISSUER_KEY_ID = Uint8Array.from(Buffer.from('0a1b2c3d4e5f60718293a4b5c6d7e8f901234567', 'hex'));

/** A good DV TLS server certificate (BR 7.1.2.7), RSA 2048, 90 days. */
export function leaf(options: CertOptions = {}): Uint8Array {
  const key = options.key ?? 'rsa2048';
  const ku = key.startsWith('rsa') ? [KU.digitalSignature, KU.keyEncipherment] : [KU.digitalSignature];
  return build(options, {
    issuer: ISSUER_NAME,
    subject: name(['CN', 'www.example.com']),
    notBefore: DEFAULT_NOT_BEFORE,
    notAfter: new Date(DEFAULT_NOT_BEFORE.getTime() + 90 * DAY - 1000),
    key,
    signer: 'rsa2048',
    extensions: [
      [
        OID.authorityInfoAccess,
        ext.authorityInfoAccess({
          ocsp: ['http://ocsp.example.net'],
          caIssuers: ['http://ca.example.net/r1.der'],
        }),
      ],
      [OID.authorityKeyIdentifier, ext.authorityKeyIdentifier(ISSUER_KEY_ID)],
      [OID.certificatePolicies, ext.certificatePolicies([OID.brDomainValidated])],
      [OID.extKeyUsage, ext.extKeyUsage([OID.serverAuth])],
      [OID.keyUsage, ext.keyUsage(ku)],
      [OID.basicConstraints, ext.basicConstraints(false)],
      [OID.subjectAltName, ext.subjectAltName(['www.example.com', 'example.com'])],
      [OID.crlDistributionPoints, ext.crlDistributionPoints(['http://crl.example.net/r1.crl'])],
    ],
  });
}

/** A good subordinate CA for TLS (BR 7.1.2.6 / 7.1.2.10), 5 years. */
export function subCA(options: CertOptions = {}): Uint8Array {
  const key = options.key ?? 'rsa2048';
  return build(options, {
    issuer: ROOT_NAME,
    subject: ISSUER_NAME,
    notBefore: DEFAULT_NOT_BEFORE,
    notAfter: new Date(DEFAULT_NOT_BEFORE.getTime() + 5 * 365 * DAY),
    key,
    signer: 'rsa3072',
    extensions: [
      [OID.authorityInfoAccess, ext.authorityInfoAccess({ caIssuers: ['http://ca.example.net/root.der'] })],
      [
        OID.authorityKeyIdentifier,
        ext.authorityKeyIdentifier(Uint8Array.from(Buffer.from('11'.repeat(20), 'hex'))),
      ],
      [OID.certificatePolicies, ext.certificatePolicies([OID.brDomainValidated])],
      [OID.extKeyUsage, ext.extKeyUsage([OID.serverAuth])],
      [OID.keyUsage, ext.keyUsage([KU.digitalSignature, KU.keyCertSign, KU.cRLSign])],
      [OID.basicConstraints, ext.basicConstraints(true, 0)],
      [OID.crlDistributionPoints, ext.crlDistributionPoints(['http://crl.example.net/root.crl'])],
      [OID.subjectKeyIdentifier, ext.subjectKeyIdentifier(ISSUER_KEY_ID)],
    ],
  });
}

/** A good root CA (BR 7.1.2.1), self-issued, 20 years. */
export function root(options: CertOptions = {}): Uint8Array {
  const id = Uint8Array.from(Buffer.from('11'.repeat(20), 'hex'));
  return build(options, {
    issuer: ROOT_NAME,
    subject: ROOT_NAME,
    notBefore: DEFAULT_NOT_BEFORE,
    notAfter: new Date(DEFAULT_NOT_BEFORE.getTime() + 20 * 365 * DAY),
    key: options.key ?? 'rsa3072',
    signer: options.key ?? 'rsa3072',
    extensions: [
      [OID.keyUsage, ext.keyUsage([KU.keyCertSign, KU.cRLSign])],
      [OID.basicConstraints, ext.basicConstraints(true)],
      [OID.subjectKeyIdentifier, ext.subjectKeyIdentifier(id)],
    ],
  });
}

/** A random positive 16-octet serial (128 bits, well over BR 7.1's 64 bits of CSPRNG output). */
export function randomSerial(): Uint8Array {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] as number) & 0x7f) | 0x01;
  return new Uint8Array(bytes);
}

function build(o: CertOptions, p: Profile): Uint8Array {
  const signer = o.signer ?? p.signer;
  const sigAlg = o.signatureAlgorithm ?? algorithmFor(signer);
  const extensions =
    o.extensions === null ? undefined : (o.extensions ?? mergeExtensions(p.extensions, o.ext ?? {}));
  const asTime = (t: Date | Der) => (t instanceof Date ? time(t) : t);
  const version = o.version === undefined ? 3 : o.version;
  const tbs = sequence(
    ...(version === null ? [] : [explicit(0, integer(version - 1))]),
    o.serial instanceof Uint8Array
      ? integerBytes(o.serial)
      : o.serial !== undefined
        ? integer(o.serial)
        : integerBytes(randomSerial()),
    o.tbsSignatureAlgorithm ?? sigAlg,
    o.issuer ?? p.issuer,
    sequence(asTime(o.notBefore ?? p.notBefore), asTime(o.notAfter ?? p.notAfter)),
    o.subject ?? p.subject,
    o.spki ?? key(o.key ?? p.key).spki,
    ...(o.issuerUniqueId ? [implicit(1, concat([Uint8Array.of(0), o.issuerUniqueId]))] : []),
    ...(o.subjectUniqueId ? [implicit(2, concat([Uint8Array.of(0), o.subjectUniqueId]))] : []),
    ...(extensions ? [explicit(3, sequence(...extensions))] : []),
  );
  return sequence(tbs, sigAlg, bitString(signWith(signer, tbs)));
}

function mergeExtensions(base: [string, Der][], changes: Record<string, Der | null>): Der[] {
  const out: Der[] = [];
  for (const [id, der] of base) {
    if (!(id in changes)) out.push(der);
    else if (changes[id] !== null) out.push(changes[id] as Der);
  }
  for (const [id, der] of Object.entries(changes)) {
    if (der !== null && !base.some(([b]) => b === id)) out.push(der);
  }
  return out;
}

// ---- CRLs --------------------------------------------------------------------------------------

export interface RevokedSpec {
  serial: bigint;
  date?: Date | Der;
  extensions?: readonly Der[];
}

export interface CrlOptions {
  /** 2 by default; null omits the field (v1). */
  version?: number | null;
  signatureAlgorithm?: Der;
  tbsSignatureAlgorithm?: Der;
  issuer?: Der;
  thisUpdate?: Date | Der;
  /** null omits nextUpdate. */
  nextUpdate?: Date | Der | null;
  revoked?: readonly RevokedSpec[] | null;
  /** Replace (by OID), add, or remove (null) CRL extensions. */
  ext?: Record<string, Der | null>;
  extensions?: readonly Der[] | null;
  signer?: KeyName;
}

export const DEFAULT_THIS_UPDATE = new Date('2026-06-01T00:00:00Z');

/** A good CRL of the issuing CA (BR 7.2): v2, AKI, CRLNumber, 7 days. */
export function crl(o: CrlOptions = {}): Uint8Array {
  const signer = o.signer ?? 'rsa2048';
  const sigAlg = o.signatureAlgorithm ?? algorithmFor(signer);
  const thisUpdate = o.thisUpdate ?? DEFAULT_THIS_UPDATE;
  const asTime = (t: Date | Der) => (t instanceof Date ? time(t) : t);
  const nextUpdate =
    o.nextUpdate === null ? undefined : (o.nextUpdate ?? new Date(DEFAULT_THIS_UPDATE.getTime() + 7 * DAY));
  const base: [string, Der][] = [
    [OID.authorityKeyIdentifier, ext.authorityKeyIdentifier(ISSUER_KEY_ID)],
    [OID.crlNumber, ext.crlNumber(1)],
  ];
  const extensions = o.extensions === null ? undefined : (o.extensions ?? mergeExtensions(base, o.ext ?? {}));
  const revoked =
    o.revoked === null
      ? undefined
      : (o.revoked ?? [{ serial: 0x1234567890abcdefn, extensions: [ext.crlReason(1)] }]).map((r) =>
          sequence(
            integer(r.serial),
            asTime(r.date ?? new Date(DEFAULT_THIS_UPDATE.getTime() - DAY)),
            ...(r.extensions?.length ? [sequence(...r.extensions)] : []),
          ),
        );
  const version = o.version === undefined ? 2 : o.version;
  const tbs = sequence(
    ...(version === null ? [] : [integer(version - 1)]),
    o.tbsSignatureAlgorithm ?? sigAlg,
    o.issuer ?? ISSUER_NAME,
    asTime(thisUpdate),
    ...(nextUpdate ? [asTime(nextUpdate)] : []),
    ...(revoked?.length ? [sequence(...revoked)] : []),
    ...(extensions ? [explicit(0, sequence(...extensions))] : []),
  );
  return sequence(tbs, sigAlg, bitString(signWith(signer, tbs)));
}
