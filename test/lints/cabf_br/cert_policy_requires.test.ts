/** e_cert_policy_{iv,ov}_requires_*: the subject fields an IV or OV certificate must include. */
import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { policies } from '../../support/br_fixtures.js';
import { type Attr, leaf, name, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

interface Level {
  readonly level: 'IV' | 'OV';
  readonly policy: string;
  /** Whom the subject names: a person or an organization. */
  readonly identity: readonly Attr[];
  readonly requiresCountry: string;
  /** The BR version that brought the country rule, and a validity before it. */
  readonly countrySince: readonly [version: string, notBefore: string, notAfter: string];
  readonly requiresProvinceOrLocality: string;
}

const LEVELS: readonly Level[] = [
  {
    level: 'IV',
    policy: OID.brIndividualValidated,
    identity: [
      ['GN', 'Ada'],
      ['SN', 'Lovelace'],
    ],
    requiresCountry: 'e_cert_policy_iv_requires_country',
    countrySince: ['BR 1.3.1', '2015-09-01T00:00:00Z', '2016-09-01T00:00:00Z'],
    requiresProvinceOrLocality: 'e_cert_policy_iv_requires_province_or_locality',
  },
  {
    level: 'OV',
    policy: OID.brOrganizationValidated,
    identity: [['O', 'Example Inc']],
    requiresCountry: 'e_cert_policy_ov_requires_country',
    countrySince: ['BR 1.0', '2012-06-01T00:00:00Z', '2013-06-01T00:00:00Z'],
    requiresProvinceOrLocality: 'e_cert_policy_ov_requires_province_or_locality',
  },
];

const COUNTRY: Attr = ['C', 'US'];
const PROVINCE: Attr = ['ST', 'Illinois'];

for (const { level, policy, identity, requiresCountry, countrySince, requiresProvinceOrLocality } of LEVELS) {
  const ext = policies(policy);
  const cert = (...attrs: Attr[]) =>
    leaf({ subject: name(...attrs, ...identity, ['CN', 'www.example.com']), ext });

  describe(requiresCountry, () => {
    const [version, notBefore, notAfter] = countrySince;
    it(`passes an ${level} subject with countryName`, () =>
      assertLint(requiresCountry, cert(COUNTRY, PROVINCE), 'pass'));
    it(`flags an ${level} subject without countryName`, () =>
      assertLint(requiresCountry, cert(PROVINCE), 'error'));
    it('does not apply to DV certificates', () => assertLint(requiresCountry, leaf(), 'NA'));
    it('does not apply to CA certificates', () =>
      assertLint(requiresCountry, subCA({ subject: name(['O', 'X'], ['CN', 'CA']), ext }), 'NA'));
    it(`is not effective before ${version}`, () =>
      assertLint(
        requiresCountry,
        leaf({
          subject: name(['CN', 'www.example.com']),
          ext,
          notBefore: new Date(notBefore),
          notAfter: new Date(notAfter),
        }),
        'NE',
      ));
  });

  describe(requiresProvinceOrLocality, () => {
    it('passes with localityName', () =>
      assertLint(requiresProvinceOrLocality, cert(COUNTRY, ['L', 'Springfield']), 'pass'));
    it('passes with stateOrProvinceName', () =>
      assertLint(requiresProvinceOrLocality, cert(COUNTRY, PROVINCE), 'pass'));
    it(`flags a ${level} subject with neither`, () =>
      assertLint(requiresProvinceOrLocality, cert(COUNTRY), 'error'));
    it('does not apply to DV certificates', () => assertLint(requiresProvinceOrLocality, leaf(), 'NA'));
    it('does not apply to CA certificates', () =>
      assertLint(
        requiresProvinceOrLocality,
        subCA({ subject: name(COUNTRY, ['O', 'X'], ['CN', 'CA']), ext }),
        'NA',
      ));
  });
}
