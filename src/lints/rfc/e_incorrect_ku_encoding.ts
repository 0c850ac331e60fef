/*
 * RFC 5280 4.2.1.3 defines KeyUsage as a named-bit BIT STRING, and X.690
 * 11.2.2 (DER) requires "any trailing 0 bits" of such a value to be removed
 * before encoding, with the unused-bits octet giving the number of padding
 * bits in the last octet.
 *
 * Vigil's DER reader already refuses non-zero padding bits, so what is left
 * to check is the other way round: declared unused bits fewer than the
 * trailing zero bits actually present (for example 03 02 00 80 for
 * digitalSignature, where DER requires 03 02 07 80). As zlint does, the
 * expected count is the number of trailing zero bits of the content octets
 * taken as one integer (0 when they are all zero); a value whose last octet
 * is 00 also fails e_superfluous_ku_encoding.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';

function trailingZeroBits(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.length - 1; i >= 0; i--) {
    const b = bytes[i] as number;
    if (b === 0) {
      n += 8;
      continue;
    }
    return n + 31 - Math.clz32(b & -b);
  }
  return 0; // all zero: the integer 0 has no trailing zero bits
}

export const lint: CertificateLint = {
  name: 'e_incorrect_ku_encoding',
  description: 'The keyUsage BIT STRING must declare every trailing zero bit as unused (DER)',
  citation: 'RFC 5280: 4.2.1.3; X.690: 11.2.2',
  source: 'rfc',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.keyUsage !== undefined,
  run: (cert) => {
    const bits = cert.extensions.keyUsage?.bits;
    if (!bits) return notApplicable;
    const expected = trailingZeroBits(bits.bytes);
    return check(
      bits.bytes.length === 0 || bits.unusedBits === expected,
      `keyUsage declares ${bits.unusedBits} unused bits where DER requires ${expected}`,
    );
  },
};
