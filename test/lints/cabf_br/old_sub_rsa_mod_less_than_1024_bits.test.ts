/** e_old_sub_{ca,cert}_rsa_mod_less_than_1024_bits: 1024-bit RSA at least, for certificates expired by 2014. */
import { describe, it } from 'node:test';
import { type CertOptions, leaf } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';
import { ca, oddOfBits, rsaSpki } from '../keys_validity_fixtures.js';

type Build = (options: CertOptions) => Uint8Array;

/** Each lint, the certificates it is about, when they start, and certificates it does not apply to. */
const OLD_RSA: readonly [lint: string, build: Build, notBefore: string, notFor: Build][] = [
  ['e_old_sub_ca_rsa_mod_less_than_1024_bits', ca, '2010-06-01T00:00:00Z', leaf],
  ['e_old_sub_cert_rsa_mod_less_than_1024_bits', leaf, '2012-06-01T00:00:00Z', ca],
];

for (const [lint, build, notBefore, notFor] of OLD_RSA) {
  const window = { notBefore: new Date(notBefore), notAfter: new Date('2013-12-31T23:59:59Z') };
  const withBits = (bits: number) => ({ spki: rsaSpki(oddOfBits(bits)), ...window });
  describe(lint, () => {
    it('passes a 1024-bit key', () => assertLint(lint, build(withBits(1024)), 'pass'));
    it('flags a 1000-bit key', () => assertLint(lint, build(withBits(1000)), 'error'));
    it('is not applicable when valid into 2014', () =>
      assertLint(lint, build({ ...withBits(1000), notAfter: new Date('2014-01-01T00:00:00Z') }), 'NA'));
    it('is not applicable to the other kind of certificate', () =>
      assertLint(lint, notFor(withBits(1000)), 'NA'));
  });
}
