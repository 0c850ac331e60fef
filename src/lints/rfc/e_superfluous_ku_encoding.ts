/*
 * RFC 5280 4.2.1.3 defines KeyUsage as a named-bit BIT STRING; X.690 11.2.2
 * (DER) requires trailing zero bits to be removed, so its encoding never ends
 * in a 00 octet.
 *
 * Checked on the content octets of the BIT STRING (after the unused-bits
 * octet): the last one must not be 00. An empty BIT STRING (03 01 00, no
 * usage at all) is the correct encoding of no bits and passes here; it is
 * e_ext_key_usage_without_bits that reports it (zlint reports it here too).
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, notApplicable, pass } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_superfluous_ku_encoding',
  description:
    'The keyUsage BIT STRING must not end with a superfluous 00 octet (DER); an empty one passes, unlike in zlint',
  citation: 'RFC 5280: 4.2.1.3; X.690: 11.2.2',
  source: 'rfc',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.keyUsage !== undefined,
  run: (cert) => {
    const bytes = cert.extensions.keyUsage?.bits.bytes;
    if (!bytes) return notApplicable;
    if (bytes.length === 0 || bytes[bytes.length - 1] !== 0) return pass;
    return fail(`keyUsage ends with a superfluous 00 octet (${Buffer.from(bytes).toString('hex')})`);
  },
};
