/*
 * EV Guidelines 9.2.6 (9.2.4 before 1.6.4; EVG 2.0: 7.1.4.2.6), Subject Physical
 * Address of Place of Business: subject:countryName (OID 2.5.4.6) is Required in
 * EV Certificates issued to Subscribers.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV, isSubscriber } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_ev_country_name_missing',
  description: 'EV subscriber certificates must include subject:countryName',
  citation: 'EVGs: 9.2.6',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert) && isSubscriber(cert),
  run: (cert) => check(hasAttribute(cert.subject, OID.countryName), 'subject:countryName is missing'),
};
