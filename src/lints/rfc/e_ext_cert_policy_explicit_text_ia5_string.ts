/*
 * RFC 6818 3 (updating RFC 5280 4.2.1.4): "Conforming CAs MUST NOT encode
 * explicitText as IA5String."
 */
import { Tag } from '../../der/node.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { explicitTexts } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_cert_policy_explicit_text_ia5_string',
  description: 'explicitText must not be encoded as IA5String',
  citation: 'RFC 6818: 3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc6818,
  target: 'certificate',
  appliesTo: (cert) => explicitTexts(cert).length > 0,
  run: (cert) =>
    check(!explicitTexts(cert).some((t) => t.tag === Tag.IA5_STRING), 'explicitText is an IA5String'),
};
