/*
 * BRs 6.3.2 (Ballot 193): Subscriber Certificates issued after 1 March 2018,
 * but prior to 1 September 2020, MUST NOT have a Validity Period greater than
 * 825 days.
 *
 * The Validity Period is notBefore through notAfter inclusive (RFC 5280
 * 4.1.2.5), so 825 days and one second is too long; zlint compares
 * exclusively and passes it. Vigil also stops applying the rule to
 * certificates issued from 1 September 2020, when the 398-day rule replaced it
 * (zlint keeps applying it).
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { validityAtMostDays } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_valid_time_longer_than_825_days',
  description:
    'Subscriber certificates issued from March 2018 to August 2020 must not be valid for more than 825 days (inclusive count, unlike zlint; not applied after August 2020)',
  citation: 'BRs: 6.3.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.subscriber825Days,
  ineffectiveDate: RuleDate.subscriber398Days,
  target: 'certificate',
  appliesTo: isSubscriber,
  run: (cert) => validityAtMostDays(cert, 825),
};
