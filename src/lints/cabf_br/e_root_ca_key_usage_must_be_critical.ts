/*
 * BRs 7.1.2.1 b (Root CA Certificate, keyUsage): "This extension MUST be present
 * and MUST be marked critical."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isRootCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, isCritical } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_root_ca_key_usage_must_be_critical',
  description: 'The keyUsage extension of a root CA certificate must be critical',
  citation: 'BRs: 7.1.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isRootCA(cert) && hasExtension(cert, OID.keyUsage),
  run: (cert) => check(isCritical(cert, OID.keyUsage), 'keyUsage is not marked critical'),
};
