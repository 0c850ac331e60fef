/*
 * RFC 5280 4.1.2.5.2: "GeneralizedTime values MUST NOT include fractional
 * seconds."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { hasFraction, isGeneralizedTime, validityTimes } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_generalized_time_includes_fraction_seconds',
  description: 'GeneralizedTime validity dates must not include fractional seconds',
  citation: 'RFC 5280: 4.1.2.5.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => validityTimes(cert).some(isGeneralizedTime),
  run: (cert) => {
    const bad = validityTimes(cert).filter((t) => isGeneralizedTime(t) && hasFraction(t));
    return check(
      bad.length === 0,
      `GeneralizedTime with fractional seconds: ${bad.map((t) => t.text).join(', ')}`,
    );
  },
};
