/*
 * BRs 7.1.2.10.7 (CA Certificate Key Usage), formerly 7.1.2.1 b / 7.1.2.2 e and
 * Appendix B: in Root and Subordinate CA certificates the cRLSign bit is required.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, keyUsageHas } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_ca_crl_sign_not_set',
  description: 'A CA certificate with a keyUsage extension must assert cRLSign',
  citation: 'BRs: 7.1.2.10.7',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isCA(cert) && hasExtension(cert, OID.keyUsage),
  run: (cert) => check(keyUsageHas(cert, KeyUsageBit.cRLSign), 'keyUsage does not assert cRLSign'),
};
