/** keyCertSign and cRLSign: set in every CA keyUsage, never in a subscriber's. */
import { describe, it } from 'node:test';
import { OID } from '../../../src/x509/oids.js';
import { type Case, itCases, KIND, type Kind } from '../../support/br_fixtures.js';
import { ext, KU, root } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

interface SignBit {
  readonly lint: string;
  readonly kind: Kind;
  /** The keyUsage the lint flags, described and as bits. */
  readonly flagged: string;
  readonly bits: readonly number[];
  readonly notFor: Kind;
  readonly more?: readonly Case[];
}

const SIGN_BITS: readonly SignBit[] = [
  {
    lint: 'e_ca_crl_sign_not_set',
    kind: KIND.subCA,
    flagged: 'without cRLSign',
    bits: [KU.digitalSignature, KU.keyCertSign],
    notFor: KIND.subscriber,
    more: [['passes for the root profile', () => root(), 'pass']],
  },
  {
    lint: 'e_ca_key_cert_sign_not_set',
    kind: KIND.subCA,
    flagged: 'without keyCertSign',
    bits: [KU.digitalSignature, KU.cRLSign],
    notFor: KIND.subscriber,
  },
  {
    lint: 'e_sub_cert_key_usage_cert_sign_bit_set',
    kind: KIND.subscriber,
    flagged: 'with keyCertSign',
    bits: [KU.digitalSignature, KU.keyCertSign],
    notFor: KIND.subCA,
  },
  {
    lint: 'e_sub_cert_key_usage_crl_sign_bit_set',
    kind: KIND.subscriber,
    flagged: 'with cRLSign',
    bits: [KU.digitalSignature, KU.cRLSign],
    notFor: KIND.subCA,
  },
];

for (const { lint, kind, flagged, bits, notFor, more = [] } of SIGN_BITS) {
  describe(lint, () => {
    it(`passes for the ${kind.name} profile`, () => assertLint(lint, kind.build(), 'pass'));
    it(`flags a keyUsage ${flagged}`, () =>
      assertLint(lint, kind.build({ ext: { [OID.keyUsage]: ext.keyUsage(bits) } }), 'error'));
    it('is NA without keyUsage', () => assertLint(lint, kind.build({ ext: { [OID.keyUsage]: null } }), 'NA'));
    it(`is NA for a ${notFor.name}`, () => assertLint(lint, notFor.build(), 'NA'));
    itCases(lint, more);
  });
}
