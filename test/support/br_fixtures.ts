/**
 * Setup shared by the TLS Baseline Requirements lint tests (test/lints/cabf_br):
 * issuance windows of past BR versions, kinds of certificate, `ext` changes
 * for the usual extensions, leaves with a given subject or SAN, OCSP
 * responders, IssuingDistributionPoint CRLs, and a runner for tables of cases.
 */
import { describe, it } from 'node:test';
import { boolean, type Der, implicit, implicitConstructed, sequence } from '../../src/der/encode.js';
import type { Status } from '../../src/lint/types.js';
import { OID } from '../../src/x509/oids.js';
import {
  type Attr,
  type CertOptions,
  type CrlOptions,
  crl,
  ext,
  type GN,
  generalName,
  leaf,
  name,
  root,
  subCA,
} from './certs.js';
import { assertLint } from './lint.js';

// ---- issuance windows --------------------------------------------------------------------------

/** Two months of early 2019: BR 1.x, before BR 1.7.1 and SC62. */
export const EARLY_2019 = {
  notBefore: new Date('2019-01-01T00:00:00Z'),
  notAfter: new Date('2019-03-01T00:00:00Z'),
};

/** Two months of early 2023: the last BR 1.x rules, before BR 2.0.0. */
export const EARLY_2023 = {
  notBefore: new Date('2023-01-01T00:00:00Z'),
  notAfter: new Date('2023-03-01T00:00:00Z'),
};

// ---- kinds of certificate ----------------------------------------------------------------------

/** A kind of certificate a rule is about, and the builder of a good one. */
export interface Kind {
  readonly name: string;
  readonly build: (options?: CertOptions) => Uint8Array;
}

export const KIND = {
  subscriber: { name: 'subscriber certificate', build: leaf },
  subCA: { name: 'subordinate CA', build: subCA },
  root: { name: 'root', build: root },
} satisfies Record<string, Kind>;

// ---- `ext` changes -----------------------------------------------------------------------------

type ExtChanges = Record<string, Der | null>;

/** certificatePolicies asserting these policy identifiers. */
export const policies = (...oids: string[]): ExtChanges => ({
  [OID.certificatePolicies]: ext.certificatePolicies(oids),
});

/** extKeyUsage with these purposes. */
export const eku = (purposes: readonly string[], critical = false): ExtChanges => ({
  [OID.extKeyUsage]: ext.extKeyUsage(purposes, critical),
});

/** authorityInfoAccess with these locations. */
export const aia = (access: Parameters<typeof ext.authorityInfoAccess>[0], critical = false): ExtChanges => ({
  [OID.authorityInfoAccess]: ext.authorityInfoAccess(access, critical),
});

/** cRLDistributionPoints with one distribution point of these names. */
export const cdp = (names: readonly (GN | string)[], critical = false): ExtChanges => ({
  [OID.crlDistributionPoints]: ext.crlDistributionPoints(names, critical),
});

// ---- leaves ------------------------------------------------------------------------------------

/** The default leaf with a subject of these attributes, one per RDN. */
export const withSubject = (...attrs: Attr[]): Uint8Array => leaf({ subject: name(...attrs) });

/** The default leaf with these SAN entries instead of its own; `options` sets the rest. */
export function withSan(names: readonly (GN | string)[], options: CertOptions = {}): Uint8Array {
  return leaf({ ...options, ext: { ...options.ext, [OID.subjectAltName]: ext.subjectAltName(names) } });
}

/** The default leaf with this commonName as its whole subject, and these SAN entries. */
export const withCn = (cn: string, names: readonly (GN | string)[], options: CertOptions = {}): Uint8Array =>
  withSan(names, { ...options, subject: name(['CN', cn]) });

/** A delegated OCSP responder: a leaf with these purposes and no SAN, and any `more` changes. */
export const ocspResponder = (purposes: readonly string[], more: ExtChanges = {}): Uint8Array =>
  leaf({ ext: { ...eku(purposes), [OID.subjectAltName]: null, ...more } });

// ---- CRLs --------------------------------------------------------------------------------------

/** The content octets of a DER TRUE, for the IMPLICIT BOOLEAN fields of an IssuingDistributionPoint. */
const TRUE = boolean(true).subarray(2);

/** IssuingDistributionPoint fields: a distributionPoint whose fullName is one http URI, and the flags. */
export const idp = {
  distributionPoint: implicitConstructed(
    0,
    implicitConstructed(0, generalName({ uri: 'http://crl.example.net/1.crl' })),
  ),
  onlyContainsUserCerts: implicit(1, TRUE),
  onlyContainsCACerts: implicit(2, TRUE),
  indirectCRL: implicit(4, TRUE),
};

/** The default CRL with a critical IssuingDistributionPoint of these encoded fields. */
export function withIdp(fields: readonly Der[], options: CrlOptions = {}): Uint8Array {
  const value = ext.raw(OID.issuingDistributionPoint, true, sequence(...fields));
  return crl({ ...options, ext: { ...options.ext, [OID.issuingDistributionPoint]: value } });
}

// ---- tables of cases ---------------------------------------------------------------------------

/** One test: what it shows, the certificate or CRL (built when the test runs), the expected status. */
export type Case = readonly [what: string, der: () => Uint8Array, expected: Status];

/** An it() per case of one lint. */
export function itCases(lint: string, cases: readonly Case[]): void {
  for (const [what, der, expected] of cases) it(what, () => assertLint(lint, der(), expected));
}

/** A describe() per lint and an it() per case, so the report names each lint and case. */
export function describeCases(table: Readonly<Record<string, readonly Case[]>>): void {
  for (const [lint, cases] of Object.entries(table)) describe(lint, () => itCases(lint, cases));
}
