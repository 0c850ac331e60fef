/*
 * EV Guidelines 1.0 8(a), 1.6.1 9.4: "The Validity Period for an EV Certificate
 * SHALL NOT exceed twenty seven months." Ballot 193 then allowed 825 days
 * (longer than 27 months) from 2018-03-02, so only earlier certificates are
 * checked here; later limits have their own lints.
 */

import { addMonths, RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV, isSubscriber } from '../../x509/classify.js';

export const lint: CertificateLint = {
  name: 'e_ev_valid_time_too_long',
  description:
    'EV subscriber certificates issued before 2018-03-02 must not be valid for more than 27 months',
  citation: 'EVGs: 9.4',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) =>
    cert.notBefore.ms < RuleDate.subscriber825Days.getTime() && isSubscriber(cert) && isEV(cert),
  run: (cert) =>
    check(cert.notAfter.ms <= addMonths(cert.notBefore.ms, 27), 'validity period is longer than 27 months'),
};
