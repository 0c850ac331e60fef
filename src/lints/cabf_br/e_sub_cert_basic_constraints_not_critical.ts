/*
 * BRs 7.1.2.7.6 (Subscriber Certificate Extensions): basicConstraints MAY be present,
 * and if present is Critical: Y.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, isCritical } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_basic_constraints_not_critical',
  description: 'When a subscriber certificate contains basicConstraints, it must be critical',
  citation: 'BRs: 7.1.2.7.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubscriber(cert) && hasExtension(cert, OID.basicConstraints),
  run: (cert) => check(isCritical(cert, OID.basicConstraints), 'basicConstraints is not marked critical'),
};
