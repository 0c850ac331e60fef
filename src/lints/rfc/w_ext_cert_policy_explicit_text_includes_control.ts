/*
 * RFC 6818 3 (updating RFC 5280 4.2.1.4): "The explicitText string SHOULD NOT
 * include any control characters (e.g., U+0000 to U+001F and U+007F to
 * U+009F)."
 * Checked on the decoded text of every string type (zlint looks at
 * UTF8String only).
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { explicitTexts } from '../util/rfc_extensions.js';

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

export const lint: CertificateLint = {
  name: 'w_ext_cert_policy_explicit_text_includes_control',
  description:
    'explicitText should not include control characters (any string type; zlint checks UTF8String only)',
  citation: 'RFC 6818: 3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc6818,
  target: 'certificate',
  appliesTo: (cert) => explicitTexts(cert).length > 0,
  run: (cert) =>
    check(!explicitTexts(cert).some((t) => hasControl(t.value)), 'explicitText includes a control character'),
};
