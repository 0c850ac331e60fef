/*
 * EV Guidelines 9.2.3 (EVG 2.0: 7.1.4.2.3), Subject Business Category Field:
 * subject:businessCategory (OID 2.5.4.15) is Required in EV Certificates issued
 * to Subscribers; it holds "Private Organization", "Government Entity",
 * "Business Entity" or "Non-Commercial Entity".
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { evRequires } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_ev_business_category_missing',
  description: 'EV subscriber certificates must include subject:businessCategory',
  citation: 'EVGs: 9.2.3',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  ...evRequires('businessCategory'),
};
