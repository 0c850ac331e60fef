// The lints on an extension's critical flag: each builds the extension both ways and once leaves it out.
import { describe, it } from 'node:test';
import {
  type Der,
  implicit,
  implicitConstructed,
  integer,
  oid,
  printableString,
  sequence,
  set,
} from '../../../src/der/encode.js';
import type { Status } from '../../../src/lint/types.js';
import { OID } from '../../../src/x509/oids.js';
import { crl, ext, generalName, KU, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const SUBJECT_DIRECTORY_ATTRIBUTES = '2.5.29.9';

interface CriticalityRule {
  lint: string;
  /** The certificate (or CRL) builder the extension goes in. */
  build: (o: { ext: Record<string, Der | null> }) => Uint8Array;
  oid: string;
  /** The extension, marked critical or not. */
  extension: (critical: boolean) => Der;
  /** The criticality the lint wants, and what it reports otherwise. */
  critical: boolean;
  otherwise: Status;
}

const FAMILY: CriticalityRule[] = [
  {
    lint: 'e_ext_aia_marked_critical',
    build: leaf,
    oid: OID.authorityInfoAccess,
    extension: (c) => ext.authorityInfoAccess({ ocsp: ['http://ocsp.example.net'] }, c),
    critical: false,
    otherwise: 'error',
  },
  {
    lint: 'e_ext_authority_key_identifier_critical',
    build: leaf,
    oid: OID.authorityKeyIdentifier,
    extension: (c) => ext.authorityKeyIdentifier(Uint8Array.of(1, 2, 3, 4), c),
    critical: false,
    otherwise: 'error',
  },
  {
    lint: 'e_ext_freshest_crl_marked_critical',
    build: leaf,
    oid: OID.freshestCrl,
    extension: (c) =>
      ext.raw(
        OID.freshestCrl,
        c,
        sequence(
          sequence(
            implicitConstructed(
              0,
              implicitConstructed(0, implicit(6, ascii('http://crl.example.net/delta.crl'))),
            ),
          ),
        ),
      ),
    critical: false,
    otherwise: 'error',
  },
  {
    lint: 'e_ext_name_constraints_not_critical',
    build: subCA,
    oid: OID.nameConstraints,
    extension: (c) => ext.nameConstraints({ permitted: [{ dns: 'example.com' }] }, c),
    critical: true,
    otherwise: 'error',
  },
  {
    lint: 'e_ext_policy_constraints_not_critical',
    build: subCA,
    oid: OID.policyConstraints,
    extension: (c) => ext.raw(OID.policyConstraints, c, sequence(implicit(0, Uint8Array.of(0)))),
    critical: true,
    otherwise: 'error',
  },
  {
    // subjectDirectoryAttributes with countryOfCitizenship US.
    lint: 'e_ext_subject_directory_attr_critical',
    build: leaf,
    oid: SUBJECT_DIRECTORY_ATTRIBUTES,
    extension: (c) =>
      ext.raw(
        SUBJECT_DIRECTORY_ATTRIBUTES,
        c,
        sequence(sequence(oid('1.3.6.1.5.5.7.9.4'), set(printableString('US')))),
      ),
    critical: false,
    otherwise: 'error',
  },
  {
    lint: 'e_ext_subject_key_identifier_critical',
    build: subCA,
    oid: OID.subjectKeyIdentifier,
    extension: (c) => ext.subjectKeyIdentifier(Uint8Array.of(1, 2, 3, 4), c),
    critical: false,
    otherwise: 'error',
  },
  {
    lint: 'e_inhibit_any_policy_not_critical',
    build: subCA,
    oid: OID.inhibitAnyPolicy,
    extension: (c) => ext.raw(OID.inhibitAnyPolicy, c, integer(0)),
    critical: true,
    otherwise: 'error',
  },
  {
    lint: 'e_subject_info_access_marked_critical',
    build: subCA,
    oid: OID.subjectInfoAccess,
    extension: (c) =>
      ext.raw(
        OID.subjectInfoAccess,
        c,
        sequence(sequence(oid('1.3.6.1.5.5.7.48.5'), implicit(6, ascii('http://repo.example.net/')))),
      ),
    critical: false,
    otherwise: 'error',
  },
  {
    // A non-critical IDP lets a partitioned CRL look complete.
    lint: 'e_crl_idp_not_critical',
    build: crl,
    oid: OID.issuingDistributionPoint,
    extension: (c) =>
      ext.raw(
        OID.issuingDistributionPoint,
        c,
        sequence(
          implicitConstructed(
            0,
            implicitConstructed(0, generalName({ uri: 'http://crl.example.net/1.crl' })),
          ),
        ),
      ),
    critical: true,
    otherwise: 'error',
  },
  {
    lint: 'w_ext_crl_distribution_marked_critical',
    build: leaf,
    oid: OID.crlDistributionPoints,
    extension: (c) => ext.crlDistributionPoints(['http://crl.example.net/r1.crl'], c),
    critical: false,
    otherwise: 'warn',
  },
  {
    lint: 'w_ext_ian_critical',
    build: leaf,
    oid: OID.issuerAltName,
    extension: (c) => ext.issuerAltName(['ca.example.com'], c),
    critical: false,
    otherwise: 'warn',
  },
  {
    lint: 'w_ext_key_usage_not_critical',
    build: leaf,
    oid: OID.keyUsage,
    extension: (c) => ext.keyUsage([KU.digitalSignature], c),
    critical: true,
    otherwise: 'warn',
  },
  {
    lint: 'w_ext_policy_map_not_critical',
    build: subCA,
    oid: OID.policyMappings,
    extension: (c) => ext.raw(OID.policyMappings, c, sequence(sequence(oid('1.2.3.4'), oid('1.2.3.5')))),
    critical: true,
    otherwise: 'warn',
  },
];

const criticality = (critical: boolean) => (critical ? 'critical' : 'non-critical');

for (const { lint, build, oid: id, extension, critical, otherwise } of FAMILY) {
  describe(lint, () => {
    it(`passes when the extension is ${criticality(critical)}`, () =>
      assertLint(lint, build({ ext: { [id]: extension(critical) } }), 'pass'));
    it(`flags the extension when ${criticality(!critical)}`, () =>
      assertLint(lint, build({ ext: { [id]: extension(!critical) } }), otherwise));
    it('is NA without the extension', () => assertLint(lint, build({ ext: { [id]: null } }), 'NA'));
  });
}
