/*
 * RFC 5280 4.1.2.5.1: "For the purposes of this profile, UTCTime values MUST
 * be expressed in Greenwich Mean Time (Zulu)".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isUtcTime, isZulu, validityTimes } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_utc_time_not_in_zulu',
  description: 'UTCTime validity dates must be expressed in Zulu time',
  citation: 'RFC 5280: 4.1.2.5.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => validityTimes(cert).some(isUtcTime),
  run: (cert) => {
    const bad = validityTimes(cert).filter((t) => isUtcTime(t) && !isZulu(t));
    return check(bad.length === 0, `UTCTime not in Zulu: ${bad.map((t) => t.text).join(', ')}`);
  },
};
