/*
 * BRs 7.1.2.3 c (Subscriber Certificate, authorityInformationAccess): "this
 * extension MUST be present. It MUST NOT be marked critical". BR 2.x 7.1.2.7.6 keeps it
 * required. As in zlint, every non-CA certificate is checked.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_aia_missing',
  description: 'Subscriber certificates must contain authorityInformationAccess',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && !isCA(cert),
  run: (cert) => check(hasExtension(cert, OID.authorityInfoAccess), 'authorityInformationAccess is absent'),
};
