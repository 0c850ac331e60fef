/*
 * BRs 7.1.2.3 c (Subscriber Certificate, authorityInformationAccess): "It MUST NOT be
 * marked critical". (BR 2.x 7.1.2.7.6: critical N.)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, isCritical } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_aia_marked_critical',
  description: 'The authorityInformationAccess extension of a subscriber certificate must not be critical',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) =>
    isServerAuth(cert) && isSubscriber(cert) && hasExtension(cert, OID.authorityInfoAccess),
  run: (cert) =>
    check(!isCritical(cert, OID.authorityInfoAccess), 'authorityInformationAccess is marked critical'),
};
