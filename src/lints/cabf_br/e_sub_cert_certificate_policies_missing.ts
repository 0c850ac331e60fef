/*
 * BRs 7.1.2.3 a (Subscriber Certificate, certificatePolicies): "This extension MUST
 * be present and SHOULD NOT be marked critical."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_certificate_policies_missing',
  description: 'Subscriber certificates must contain a certificatePolicies extension',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && !isCA(cert),
  run: (cert) => check(hasExtension(cert, OID.certificatePolicies), 'certificatePolicies is absent'),
};
