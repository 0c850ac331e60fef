/*
 * BRs 7.1.2.1 c (Root CA Certificate, certificatePolicies): "This extension SHOULD
 * NOT be present."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isRootCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_root_ca_contains_cert_policy',
  description: 'A root CA certificate should not contain certificatePolicies',
  citation: 'BRs: 7.1.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isRootCA(cert),
  run: (cert) => check(!hasExtension(cert, OID.certificatePolicies), 'certificatePolicies is present'),
};
