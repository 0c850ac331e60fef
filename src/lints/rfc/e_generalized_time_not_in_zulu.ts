/*
 * RFC 5280 4.1.2.5.2: "For the purposes of this profile, GeneralizedTime
 * values MUST be expressed in Greenwich Mean Time (Zulu)".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isGeneralizedTime, isZulu, validityTimes } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_generalized_time_not_in_zulu',
  description: 'GeneralizedTime validity dates must be expressed in Zulu time',
  citation: 'RFC 5280: 4.1.2.5.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => validityTimes(cert).some(isGeneralizedTime),
  run: (cert) => {
    const bad = validityTimes(cert).filter((t) => isGeneralizedTime(t) && !isZulu(t));
    return check(bad.length === 0, `GeneralizedTime not in Zulu: ${bad.map((t) => t.text).join(', ')}`);
  },
};
