/*
 * RFC 5280 4.1.2.5.1: "For the purposes of this profile, UTCTime values MUST
 * be expressed in Greenwich Mean Time (Zulu) and MUST include seconds (i.e.,
 * times are YYMMDDHHMMSSZ), even where the number of seconds is zero."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { hasSeconds, isUtcTime, validityTimes } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_utc_time_does_not_include_seconds',
  description: 'UTCTime validity dates must include seconds',
  citation: 'RFC 5280: 4.1.2.5.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => validityTimes(cert).some(isUtcTime),
  run: (cert) => {
    const bad = validityTimes(cert).filter((t) => isUtcTime(t) && !hasSeconds(t));
    return check(bad.length === 0, `UTCTime without seconds: ${bad.map((t) => t.text).join(', ')}`);
  },
};
