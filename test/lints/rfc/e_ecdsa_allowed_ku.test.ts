import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { issued } from '../keys_validity_fixtures.js';

const LINT = 'e_ecdsa_allowed_ku';
const ku = (bits: number[]) => ({ [OID.keyUsage]: ext.keyUsage(bits) });

describe(LINT, () => {
  it('passes digitalSignature and keyAgreement', () => {
    assertLint(LINT, leaf({ key: 'p256' }), 'pass');
    assertLint(LINT, leaf({ key: 'p384', ext: ku([KU.keyAgreement]) }), 'pass');
  });
  it('flags keyEncipherment and dataEncipherment', () => {
    assertLint(LINT, leaf({ key: 'p256', ext: ku([KU.digitalSignature, KU.keyEncipherment]) }), 'error');
    assertLint(LINT, leaf({ key: 'p521', ext: ku([KU.dataEncipherment]) }), 'error');
  });
  it('is not applicable without keyUsage or to RSA keys', () => {
    assertLint(LINT, leaf({ key: 'p256', ext: { [OID.keyUsage]: null } }), 'NA');
    assertLint(LINT, leaf(), 'NA');
  });
  it('is not effective before RFC 8813', () =>
    assertLint(
      LINT,
      leaf({ key: 'p256', ext: ku([KU.keyEncipherment]), ...issued('2020-06-01T00:00:00Z') }),
      'NE',
    ));
});
