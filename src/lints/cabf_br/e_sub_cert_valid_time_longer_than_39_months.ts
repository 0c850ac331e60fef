/*
 * BRs 6.3.2 (Ballot 193): Subscriber Certificates issued after 1 July 2016 but
 * prior to 1 March 2018 MUST have a Validity Period no greater than 39 months.
 *
 * The Validity Period is notBefore through notAfter inclusive (RFC 5280
 * 4.1.2.5), so a certificate whose notAfter is exactly notBefore + 39 months is
 * one second too long; zlint compares exclusively and passes it. Vigil also
 * stops applying the rule to certificates issued from 2 March 2018, when the
 * 825-day rule replaced it (zlint keeps applying it).
 */

import { addMonths, RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { validityDetails } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_valid_time_longer_than_39_months',
  description:
    'Subscriber certificates issued from July 2016 to March 2018 must not be valid for more than 39 months (inclusive count, unlike zlint; not applied after March 2018)',
  citation: 'BRs: 6.3.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.subscriber39Months,
  ineffectiveDate: RuleDate.subscriber825Days,
  target: 'certificate',
  appliesTo: isSubscriber,
  run: (cert) => check(cert.notAfter.ms + 1000 <= addMonths(cert.notBefore.ms, 39), validityDetails(cert)),
};
