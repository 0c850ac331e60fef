import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { ext, KU, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, issued } from '../keys_validity_fixtures.js';

const LINT = 'e_rsa_allowed_ku_ee';
const ku = (bits: number[]) => ({ [OID.keyUsage]: ext.keyUsage(bits) });

describe(LINT, () => {
  it('passes digitalSignature, nonRepudiation, keyEncipherment and dataEncipherment', () => {
    assertLint(LINT, leaf(), 'pass');
    assertLint(
      LINT,
      leaf({ ext: ku([KU.digitalSignature, KU.nonRepudiation, KU.keyEncipherment, KU.dataEncipherment]) }),
      'pass',
    );
  });
  it('flags keyCertSign and keyAgreement', () => {
    assertLint(LINT, leaf({ ext: ku([KU.digitalSignature, KU.keyCertSign]) }), 'error');
    assertLint(LINT, leaf({ ext: ku([KU.keyAgreement]) }), 'error');
  });
  it('is not applicable to CAs or ECDSA keys', () => {
    assertLint(LINT, ca(), 'NA');
    assertLint(LINT, leaf({ key: 'p256' }), 'NA');
  });
  it('is not effective before RFC 3279', () =>
    assertLint(LINT, leaf({ ext: ku([KU.keyCertSign]), ...issued('2001-06-01T00:00:00Z') }), 'NE'));
});
