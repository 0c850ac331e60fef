/*
 * RFC 6818 3 (updating RFC 5280 4.2.1.4): "Conforming CAs SHOULD use the
 * UTF8String encoding for explicitText. VisibleString or BMPString are
 * acceptable but less preferred alternatives."
 */
import { Tag } from '../../der/node.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { explicitTexts } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_ext_cert_policy_explicit_text_not_utf8',
  description: 'explicitText should be encoded as UTF8String',
  citation: 'RFC 6818: 3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc6818,
  target: 'certificate',
  appliesTo: (cert) => explicitTexts(cert).length > 0,
  run: (cert) =>
    check(
      explicitTexts(cert).every((t) => t.tag === Tag.UTF8_STRING),
      'explicitText is not a UTF8String',
    ),
};
