/*
 * AWS Labs certlint: an AttributeValue in the issuer RelativeDistinguishedName
 * sequence SHOULD NOT have leading whitespace. Such whitespace is invisible in
 * most displays, defeats name matching, and usually betrays unsanitised input.
 * Whitespace is Unicode White_Space (plus U+0085) as Go's unicode.IsSpace tests,
 * over the naming attributes of RFC 5280 Appendix A plus streetAddress and postalCode.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { noWhitespace } from '../util/dn_checks.js';

export const lint: CertificateLint = {
  name: 'w_issuer_dn_leading_whitespace',
  description: 'Issuer attribute values should not have leading whitespace',
  citation: 'AWS Labs certlint',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  ...noWhitespace('issuer', 'leading'),
};
