/*
 * BRs 7.1.2.1 b (Root CA Certificate, keyUsage): "This extension MUST be present
 * and MUST be marked critical."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isRootCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_root_ca_key_usage_present',
  description: 'A root CA certificate must contain a keyUsage extension',
  citation: 'BRs: 7.1.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isRootCA(cert),
  run: (cert) => check(hasExtension(cert, OID.keyUsage), 'keyUsage is absent'),
};
