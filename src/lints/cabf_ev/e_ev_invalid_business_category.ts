/*
 * EV Guidelines 9.2.3 (EVG 2.0: 7.1.4.2.3), Subject Business Category Field:
 * "This field MUST contain one of the following strings: 'Private
 * Organization', 'Government Entity', 'Business Entity', or 'Non-Commercial
 * Entity' depending upon whether the Subject qualifies under the terms of
 * Section 8.5.2, 8.5.3, 8.5.4 or 8.5.5".
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV, isSubscriber } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

const CATEGORIES: ReadonlySet<string> = new Set([
  'Private Organization',
  'Government Entity',
  'Business Entity',
  'Non-Commercial Entity',
]);

export const lint: CertificateLint = {
  name: 'e_ev_invalid_business_category',
  description:
    'subject:businessCategory of an EV subscriber certificate must be one of the four EVG values (the first one is checked, as zlint does)',
  citation: 'EVGs: 9.2.3',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert) && isSubscriber(cert) && hasAttribute(cert.subject, OID.businessCategory),
  run: (cert) => {
    const first = cert.subject.attributes.find((a) => a.type === OID.businessCategory);
    const value = first?.value?.value;
    return check(value !== undefined && CATEGORIES.has(value), `invalid businessCategory '${value ?? '#'}'`);
  },
};
