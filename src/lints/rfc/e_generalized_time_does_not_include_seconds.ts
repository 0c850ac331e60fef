/*
 * RFC 5280 4.1.2.5.2: "For the purposes of this profile, GeneralizedTime
 * values MUST be expressed in Greenwich Mean Time (Zulu) and MUST include
 * seconds (i.e., times are YYYYMMDDHHMMSSZ), even where the number of seconds
 * is zero."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { hasSeconds, isGeneralizedTime, validityTimes } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_generalized_time_does_not_include_seconds',
  description: 'GeneralizedTime validity dates must include seconds',
  citation: 'RFC 5280: 4.1.2.5.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => validityTimes(cert).some(isGeneralizedTime),
  run: (cert) => {
    const bad = validityTimes(cert).filter((t) => isGeneralizedTime(t) && !hasSeconds(t));
    return check(bad.length === 0, `GeneralizedTime without seconds: ${bad.map((t) => t.text).join(', ')}`);
  },
};
