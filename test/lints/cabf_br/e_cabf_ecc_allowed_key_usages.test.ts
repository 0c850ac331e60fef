import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, issued } from '../keys_validity_fixtures.js';

const LINT = 'e_cabf_ecc_allowed_key_usages';
const ku = (bits: number[]) => ({ [OID.keyUsage]: ext.keyUsage(bits) });

describe(LINT, () => {
  it('passes digitalSignature alone', () => assertLint(LINT, leaf({ key: 'p256' }), 'pass'));
  it('passes digitalSignature with keyAgreement', () =>
    assertLint(LINT, leaf({ key: 'p384', ext: ku([KU.digitalSignature, KU.keyAgreement]) }), 'pass'));
  it('flags a missing digitalSignature', () =>
    assertLint(LINT, leaf({ key: 'p256', ext: ku([KU.keyAgreement]) }), 'error'));
  it('flags keyEncipherment', () =>
    assertLint(LINT, leaf({ key: 'p256', ext: ku([KU.digitalSignature, KU.keyEncipherment]) }), 'error'));
  it('is not applicable to CAs, RSA keys or certificates without keyUsage', () => {
    assertLint(LINT, ca({ key: 'p256' }), 'NA');
    assertLint(LINT, leaf(), 'NA');
    assertLint(LINT, leaf({ key: 'p256', ext: { [OID.keyUsage]: null } }), 'NA');
  });
  it('is not effective before BR 2.0.0', () =>
    assertLint(
      LINT,
      leaf({ key: 'p256', ext: ku([KU.keyAgreement]), ...issued('2023-01-01T00:00:00Z') }),
      'NE',
    ));
});
