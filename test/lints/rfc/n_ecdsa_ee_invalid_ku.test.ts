import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca } from '../keys_validity_fixtures.js';

const LINT = 'n_ecdsa_ee_invalid_ku';
const ku = (bits: number[]) => ({ [OID.keyUsage]: ext.keyUsage(bits) });

describe(LINT, () => {
  it('passes digitalSignature, nonRepudiation and keyAgreement', () => {
    assertLint(LINT, leaf({ key: 'p256' }), 'pass');
    assertLint(
      LINT,
      leaf({ key: 'p256', ext: ku([KU.digitalSignature, KU.nonRepudiation, KU.keyAgreement]) }),
      'pass',
    );
  });
  it('passes encipherOnly beside keyAgreement (RFC 5480 3)', () =>
    assertLint(LINT, leaf({ key: 'p384', ext: ku([KU.keyAgreement, KU.encipherOnly]) }), 'pass'));
  it('notes keyCertSign, keyEncipherment and a lone decipherOnly', () => {
    assertLint(LINT, leaf({ key: 'p256', ext: ku([KU.digitalSignature, KU.keyCertSign]) }), 'notice');
    assertLint(LINT, leaf({ key: 'p256', ext: ku([KU.keyEncipherment]) }), 'notice');
    assertLint(LINT, leaf({ key: 'p256', ext: ku([KU.digitalSignature, KU.decipherOnly]) }), 'notice');
  });
  it('is not applicable to CAs, RSA keys or certificates without keyUsage', () => {
    assertLint(LINT, ca({ key: 'p256' }), 'NA');
    assertLint(LINT, leaf(), 'NA');
    assertLint(LINT, leaf({ key: 'p256', ext: { [OID.keyUsage]: null } }), 'NA');
  });
});
