/*
 * RFC 5280 4.1.2.5: "CAs conforming to this profile MUST always encode
 * certificate validity dates through the year 2049 as UTCTime; certificate
 * validity dates in 2050 or later MUST be encoded as GeneralizedTime."
 * (UTCTime cannot express 2050 or later, so only the first half is checkable.)
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isGeneralizedTime, validityTimes } from '../util/rfc_extensions.js';

const Y2050 = RuleDate.generalizedTimeYear.getTime();

export const lint: CertificateLint = {
  name: 'e_wrong_time_format_pre2050',
  description: 'Validity dates through 2049 must be encoded as UTCTime',
  citation: 'RFC 5280: 4.1.2.5',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const bad = validityTimes(cert).filter((t) => isGeneralizedTime(t) && t.ms < Y2050);
    return check(bad.length === 0, `GeneralizedTime before 2050: ${bad.map((t) => t.text).join(', ')}`);
  },
};
