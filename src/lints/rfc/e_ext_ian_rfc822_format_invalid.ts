/*
 * RFC 5280 4.2.1.7 with 4.2.1.6: an rfc822Name is a Mailbox "Local-part@Domain";
 * "a Mailbox has no phrase (such as a common name) before it, has no comment
 * (text surrounded in parentheses) after it, and is not surrounded by '<' and
 * '>'". Checked as zlint does: no space, no leading '<', no trailing ')'.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { hasIan, namesOfTag, noBadName } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_ian_rfc822_format_invalid',
  description: "IAN rfc822Names must be bare mailboxes: no spaces, no '<...>' and no trailing comment",
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) =>
    noBadName(
      namesOfTag(cert.extensions.issuerAltName, 1),
      (m) => m !== '' && (m.includes(' ') || m.startsWith('<') || m.endsWith(')')),
      'is not a bare mailbox',
    ),
};
