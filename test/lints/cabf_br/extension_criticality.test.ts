/** The lints on whether an extension is critical, each for one kind of certificate. */
import { describe, it } from 'node:test';
import type { Der } from '../../../src/der/encode.js';
import type { Status } from '../../../src/lint/types.js';
import { OID } from '../../../src/x509/oids.js';
import { type Case, EARLY_2019, itCases, KIND, type Kind } from '../../support/br_fixtures.js';
import { ext, KU, leaf, root } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

interface Criticality {
  readonly lint: string;
  readonly extension: keyof typeof OID;
  readonly kind: Kind;
  /** Whether the BRs want the extension critical. */
  readonly critical: boolean;
  /** The extension with the other criticality, and what it gives. */
  readonly wrong: Der;
  readonly reported: Status;
  /** The extension as wanted, where the profile has none. */
  readonly right?: Der;
  readonly notFor?: Kind;
  readonly more?: readonly Case[];
}

const NON_CRITICAL_CA_KEY_USAGE = ext.keyUsage([KU.keyCertSign, KU.cRLSign], false);
const NON_CRITICAL_BASIC_CONSTRAINTS = ext.basicConstraints(false, undefined, false);
const DV_POLICY = [OID.brDomainValidated];
const EXAMPLE_COM = { permitted: [{ dns: 'example.com' }] };

const CRITICALITIES: readonly Criticality[] = [
  {
    lint: 'e_ca_key_usage_not_critical',
    extension: 'keyUsage',
    kind: KIND.subCA,
    critical: true,
    wrong: NON_CRITICAL_CA_KEY_USAGE,
    reported: 'error',
    more: [
      [
        'flags a non-critical keyUsage in a root',
        () => root({ ext: { [OID.keyUsage]: NON_CRITICAL_CA_KEY_USAGE } }),
        'error',
      ],
      [
        'is NA for a subscriber certificate',
        () => leaf({ ext: { [OID.keyUsage]: ext.keyUsage([KU.digitalSignature], false) } }),
        'NA',
      ],
    ],
  },
  {
    lint: 'e_root_ca_key_usage_must_be_critical',
    extension: 'keyUsage',
    kind: KIND.root,
    critical: true,
    wrong: NON_CRITICAL_CA_KEY_USAGE,
    reported: 'error',
    notFor: KIND.subCA,
  },
  {
    lint: 'e_sub_cert_aia_marked_critical',
    extension: 'authorityInfoAccess',
    kind: KIND.subscriber,
    critical: false,
    wrong: ext.authorityInfoAccess({ ocsp: ['http://ocsp.example.net'] }, true),
    reported: 'error',
    notFor: KIND.subCA,
  },
  {
    lint: 'e_sub_cert_basic_constraints_not_critical',
    extension: 'basicConstraints',
    kind: KIND.subscriber,
    critical: true,
    wrong: NON_CRITICAL_BASIC_CONSTRAINTS,
    reported: 'error',
    more: [
      [
        'is not effective before SC62',
        () => leaf({ ...EARLY_2019, ext: { [OID.basicConstraints]: NON_CRITICAL_BASIC_CONSTRAINTS } }),
        'NE',
      ],
    ],
  },
  {
    lint: 'e_sub_cert_crl_distribution_points_marked_critical',
    extension: 'crlDistributionPoints',
    kind: KIND.subscriber,
    critical: false,
    wrong: ext.crlDistributionPoints(['http://crl.example.net/r1.crl'], true),
    reported: 'error',
  },
  {
    lint: 'w_sub_ca_certificate_policies_marked_critical',
    extension: 'certificatePolicies',
    kind: KIND.subCA,
    critical: false,
    wrong: ext.certificatePolicies(DV_POLICY, true),
    reported: 'warn',
    notFor: KIND.subscriber,
  },
  {
    lint: 'w_sub_ca_eku_critical',
    extension: 'extKeyUsage',
    kind: KIND.subCA,
    critical: false,
    wrong: ext.extKeyUsage([OID.serverAuth], true),
    reported: 'warn',
    notFor: KIND.subscriber,
  },
  {
    lint: 'w_sub_ca_name_constraints_not_critical',
    extension: 'nameConstraints',
    kind: KIND.subCA,
    critical: true,
    wrong: ext.nameConstraints(EXAMPLE_COM, false),
    reported: 'warn',
    right: ext.nameConstraints(EXAMPLE_COM),
  },
  {
    lint: 'w_sub_cert_certificate_policies_marked_critical',
    extension: 'certificatePolicies',
    kind: KIND.subscriber,
    critical: false,
    wrong: ext.certificatePolicies(DV_POLICY, true),
    reported: 'warn',
  },
];

const criticality = (critical: boolean) => (critical ? 'critical' : 'non-critical');

for (const { lint, extension, kind, critical, wrong, reported, right, notFor, more = [] } of CRITICALITIES) {
  const oid = OID[extension];
  describe(lint, () => {
    it(`passes a ${criticality(critical)} ${extension}`, () =>
      assertLint(lint, kind.build(right ? { ext: { [oid]: right } } : {}), 'pass'));
    it(`reports a ${criticality(!critical)} ${extension}`, () =>
      assertLint(lint, kind.build({ ext: { [oid]: wrong } }), reported));
    it(`is NA without ${extension}`, () => assertLint(lint, kind.build({ ext: { [oid]: null } }), 'NA'));
    if (notFor)
      it(`is NA for a ${notFor.name}`, () => assertLint(lint, notFor.build({ ext: { [oid]: wrong } }), 'NA'));
    itCases(lint, more);
  });
}
