/*
 * EV Guidelines 9.2.6 (9.2.4 before 1.6.4; EVG 2.0: 7.1.4.2.6), Subject Physical
 * Address of Place of Business: subject:countryName (OID 2.5.4.6) is Required in
 * EV Certificates issued to Subscribers.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { evRequires } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_ev_country_name_missing',
  description: 'EV subscriber certificates must include subject:countryName',
  citation: 'EVGs: 9.2.6',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  ...evRequires('countryName'),
};
