import { describe, it } from 'node:test';
import { leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, oddOfBits, rsaSpki } from '../keys_validity_fixtures.js';

const LINT = 'e_old_sub_cert_rsa_mod_less_than_1024_bits';
const window = { notBefore: new Date('2012-06-01T00:00:00Z'), notAfter: new Date('2013-12-31T23:59:59Z') };

describe(LINT, () => {
  it('passes a 1024-bit key', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(1024)), ...window }), 'pass'));
  it('flags a 1000-bit key', () =>
    assertLint(LINT, leaf({ spki: rsaSpki(oddOfBits(1000)), ...window }), 'error'));
  it('is not applicable when valid into 2014, or to CAs', () => {
    assertLint(
      LINT,
      leaf({ spki: rsaSpki(oddOfBits(1000)), ...window, notAfter: new Date('2014-01-01T00:00:00Z') }),
      'NA',
    );
    assertLint(LINT, ca({ spki: rsaSpki(oddOfBits(1000)), ...window }), 'NA');
  });
});
