/*
 * EV Guidelines 9.2.1 (EVG 2.0: 7.1.4.2.1), Subject Organization Name Field:
 * subject:organizationName (OID 2.5.4.10) is Required in EV Certificates issued
 * to Subscribers and holds the Subject's full legal name.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV, isSubscriber } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_ev_organization_name_missing',
  description: 'EV subscriber certificates must include subject:organizationName',
  citation: 'EVGs: 9.2.1',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert) && isSubscriber(cert),
  run: (cert) =>
    check(hasAttribute(cert.subject, OID.organizationName), 'subject:organizationName is missing'),
};
