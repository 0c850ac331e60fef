/*
 * EV Guidelines 9.2.1 (EVG 2.0: 7.1.4.2.1), Subject Organization Name Field:
 * subject:organizationName (OID 2.5.4.10) is Required in EV Certificates issued
 * to Subscribers and holds the Subject's full legal name.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { evRequires } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_ev_organization_name_missing',
  description: 'EV subscriber certificates must include subject:organizationName',
  citation: 'EVGs: 9.2.1',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  ...evRequires('organizationName'),
};
