/*
 * BRs 7.1.2.1 b (Root CA) and 7.1.2.10 (CA Certificate Profile, keyUsage
 * "Critical: Y"): the keyUsage extension of a CA certificate MUST be marked critical.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, isCritical } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_ca_key_usage_not_critical',
  description: 'The keyUsage extension of a CA certificate must be critical',
  citation: 'BRs: 7.1.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isCA(cert) && hasExtension(cert, OID.keyUsage),
  run: (cert) => check(isCritical(cert, OID.keyUsage), 'keyUsage is not marked critical'),
};
