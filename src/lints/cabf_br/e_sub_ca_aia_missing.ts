/*
 * BRs 7.1.2.2 c (Subordinate CA Certificate, authorityInformationAccess), before BR
 * 1.7.1: "With the exception of stapling, which is noted below, this extension MUST be
 * present." BR 1.7.1 (Ballot SC31) made it a SHOULD; see w_sub_ca_aia_missing.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isRootCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_ca_aia_missing',
  description: 'Subordinate CA certificates issued before BR 1.7.1 must contain authorityInformationAccess',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  ineffectiveDate: RuleDate.cabfBr171,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isCA(cert) && !isRootCA(cert),
  run: (cert) => check(hasExtension(cert, OID.authorityInfoAccess), 'authorityInformationAccess is absent'),
};
