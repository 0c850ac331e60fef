/*
 * RFC 5280 4.2.1.3: "Conforming CAs MUST include this extension in certificates
 * that contain public keys that are used to validate digital signatures on other public
 * key certificates or CRLs." BRs 7.1.2.1 / 7.1.2.10.7 require it in CA certificates.
 * A keyUsage extension asserting none of the nine defined bits counts as missing.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { keyUsageNonZero } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_ca_key_usage_missing',
  description: 'A CA certificate must carry a keyUsage extension asserting at least one usage',
  citation: 'BRs: 7.1.2.1, RFC 5280: 4.2.1.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isCA(cert),
  run: (cert) => check(keyUsageNonZero(cert), 'keyUsage is absent or asserts no usage'),
};
