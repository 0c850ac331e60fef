/** The lints that want an extension in one kind of certificate and do not apply to another. */
import { describe, it } from 'node:test';
import type { Status } from '../../../src/lint/types.js';
import { OID } from '../../../src/x509/oids.js';
import { type Case, EARLY_2019, eku, itCases, KIND, type Kind } from '../../support/br_fixtures.js';
import { type CertOptions, ext, leaf, root, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

interface Required {
  readonly lint: string;
  readonly extension: keyof typeof OID;
  readonly kind: Kind;
  /** What a `kind` certificate without the extension gives. */
  readonly missing: Status;
  readonly notFor: Kind;
  /** Options of every certificate, for a rule of past BR versions. */
  readonly options?: CertOptions;
  readonly more?: readonly Case[];
}

const REQUIRED: readonly Required[] = [
  {
    lint: 'e_ca_key_usage_missing',
    extension: 'keyUsage',
    kind: KIND.subCA,
    missing: 'error',
    notFor: KIND.subscriber,
    more: [
      ['passes for the root profile', () => root(), 'pass'],
      [
        'flags a CA keyUsage asserting no bit',
        () => subCA({ ext: { [OID.keyUsage]: ext.keyUsage([]) } }),
        'error',
      ],
    ],
  },
  {
    lint: 'e_ext_san_missing',
    extension: 'subjectAltName',
    kind: KIND.subscriber,
    missing: 'error',
    notFor: KIND.subCA,
  },
  {
    lint: 'e_root_ca_key_usage_present',
    extension: 'keyUsage',
    kind: KIND.root,
    missing: 'error',
    notFor: KIND.subCA,
  },
  {
    lint: 'e_sub_ca_aia_missing',
    extension: 'authorityInfoAccess',
    kind: KIND.subCA,
    missing: 'error',
    notFor: KIND.root,
    options: EARLY_2019,
    more: [
      ['is not effective from BR 1.7.1', () => subCA({ ext: { [OID.authorityInfoAccess]: null } }), 'NE'],
    ],
  },
  {
    lint: 'e_sub_ca_certificate_policies_missing',
    extension: 'certificatePolicies',
    kind: KIND.subCA,
    missing: 'error',
    notFor: KIND.root,
  },
  {
    lint: 'e_sub_ca_crl_distribution_points_missing',
    extension: 'crlDistributionPoints',
    kind: KIND.subCA,
    missing: 'error',
    notFor: KIND.subscriber,
  },
  {
    lint: 'e_sub_cert_aia_missing',
    extension: 'authorityInfoAccess',
    kind: KIND.subscriber,
    missing: 'error',
    notFor: KIND.subCA,
    more: [
      [
        'is NA outside TLS (codeSigning only)',
        () => leaf({ ext: { [OID.authorityInfoAccess]: null, ...eku([OID.codeSigning]) } }),
        'NA',
      ],
    ],
  },
  {
    lint: 'e_sub_cert_certificate_policies_missing',
    extension: 'certificatePolicies',
    kind: KIND.subscriber,
    missing: 'error',
    notFor: KIND.subCA,
  },
  {
    lint: 'e_sub_cert_eku_missing',
    extension: 'extKeyUsage',
    kind: KIND.subscriber,
    missing: 'error',
    notFor: KIND.subCA,
  },
  {
    lint: 'n_sub_ca_eku_missing',
    extension: 'extKeyUsage',
    kind: KIND.subCA,
    missing: 'notice',
    notFor: KIND.root,
  },
  {
    lint: 'w_sub_ca_aia_missing',
    extension: 'authorityInfoAccess',
    kind: KIND.subCA,
    missing: 'warn',
    notFor: KIND.root,
    more: [
      [
        'is not effective before BR 1.7.1',
        () => subCA({ ...EARLY_2019, ext: { [OID.authorityInfoAccess]: null } }),
        'NE',
      ],
    ],
  },
];

for (const { lint, extension, kind, missing, notFor, options = {}, more = [] } of REQUIRED) {
  const without = { ...options, ext: { [OID[extension]]: null } };
  describe(lint, () => {
    it(`passes a ${kind.name} with ${extension}`, () => assertLint(lint, kind.build(options), 'pass'));
    it(`reports a ${kind.name} without ${extension}`, () => assertLint(lint, kind.build(without), missing));
    it(`is NA for a ${notFor.name}`, () => assertLint(lint, notFor.build(without), 'NA'));
    itCases(lint, more);
  });
}
