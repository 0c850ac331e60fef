/*
 * RFC 6818 3 (updating RFC 5280 4.2.1.4): "The explicitText field is a string
 * with a maximum size of 200 characters."
 * Characters are counted as Unicode code points of the decoded string; zlint
 * counts the octets of a UTF8String instead, so a UTF8String of at most 200
 * characters but more than 200 octets is a deliberate disagreement.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { explicitTexts } from '../util/rfc_extensions.js';

const MAX = 200;

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export const lint: CertificateLint = {
  name: 'e_ext_cert_policy_explicit_text_too_long',
  description: 'explicitText must be at most 200 characters (code points; zlint counts UTF-8 octets)',
  citation: 'RFC 6818: 3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc6818,
  target: 'certificate',
  appliesTo: (cert) => explicitTexts(cert).length > 0,
  run: (cert) => {
    const longest = Math.max(...explicitTexts(cert).map((t) => codePoints(t.value)));
    return check(longest <= MAX, `explicitText of ${longest} characters (at most ${MAX})`);
  },
};
