/*
 * EV Guidelines 9.2.8 / 9.8.2 (from 1.7.0; EVG 2.0: 7.1.4.2.8, 7.1.2.3):
 * "Effective January 31, 2020, if the subject:organizationIdentifier field is
 * present, this [CA/Browser Forum Organization Identifier] field MUST be
 * present."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_ev_organization_id_missing',
  description:
    'An EV certificate with subject:organizationIdentifier must carry the cabfOrganizationIdentifier extension',
  citation: 'EVGs: 9.8.2',
  source: 'cabf_ev',
  effectiveDate: RuleDate.evg170,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert) && hasAttribute(cert.subject, OID.organizationIdentifier),
  run: (cert) =>
    check(
      cert.extensions.byOid.has(OID.cabfOrganizationIdentifier),
      'subject:organizationIdentifier is present but the cabfOrganizationIdentifier extension is missing',
    ),
};
