/*
 * BRs 7.1.2.3 f (Subscriber Certificate, extKeyUsage, required): "Either the value
 * id-kp-serverAuth [RFC5280] or id-kp-clientAuth [RFC5280] or both values MUST be
 * present." (BR 2.x 7.1.2.7.6: extKeyUsage MUST.)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_eku_missing',
  description: 'Subscriber certificates must contain an extKeyUsage extension',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && !isCA(cert),
  run: (cert) => check(hasExtension(cert, OID.extKeyUsage), 'extKeyUsage is absent'),
};
