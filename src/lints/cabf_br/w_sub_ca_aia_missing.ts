/*
 * BRs 7.1.2.2 c (Subordinate CA Certificate, authorityInformationAccess), from BR
 * 1.7.1: "This extension SHOULD be present. It MUST NOT be marked critical."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isRootCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_sub_ca_aia_missing',
  description: 'Subordinate CA certificates should contain authorityInformationAccess',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr171,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isCA(cert) && !isRootCA(cert),
  run: (cert) => check(hasExtension(cert, OID.authorityInfoAccess), 'authorityInformationAccess is absent'),
};
