/*
 * BRs 7.1.2.1 d (Root CA Certificate, extendedKeyUsage): "This extension MUST NOT be
 * present." (BR 2.x 7.1.2.1.2: extKeyUsage MUST NOT.)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isRootCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_root_ca_extended_key_usage_present',
  description: 'A root CA certificate must not contain an extKeyUsage extension',
  citation: 'BRs: 7.1.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isRootCA(cert),
  run: (cert) => check(!hasExtension(cert, OID.extKeyUsage), 'extKeyUsage is present'),
};
