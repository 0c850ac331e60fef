/*
 * RFC 6818 3 (updating RFC 5280 4.2.1.4): "When the UTF8String or BMPString
 * encoding is used, all character sequences SHOULD be normalized according to
 * Unicode normalization form C (NFC)."
 */
import { Tag } from '../../der/node.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { explicitTexts } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_ext_cert_policy_explicit_text_not_nfc',
  description: 'A UTF8String or BMPString explicitText should be in Unicode NFC',
  citation: 'RFC 6818: 3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc6818,
  target: 'certificate',
  appliesTo: (cert) => explicitTexts(cert).length > 0,
  run: (cert) =>
    check(
      !explicitTexts(cert).some(
        (t) =>
          (t.tag === Tag.UTF8_STRING || t.tag === Tag.BMP_STRING) &&
          t.valid &&
          t.value !== t.value.normalize('NFC'),
      ),
      'explicitText is not normalized to NFC',
    ),
};
