/*
 * BRs 7.1.2.8.2 (OCSP Responder Extensions): certificatePolicies "MUST NOT" be
 * present in an OCSP Responder certificate. Applies to every certificate asserting
 * id-kp-OCSPSigning.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { knownEkus } from '../../x509/ekus.js';
import { OID } from '../../x509/oids.js';
import { policyOids } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_ocsp_cert_cp_forbidden',
  description: 'An OCSP responder certificate must not contain certificate policies',
  citation: 'BRs: 7.1.2.8.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => knownEkus(cert).includes(OID.ocspSigning),
  run: (cert) => check(policyOids(cert).length === 0, 'certificatePolicies is present'),
};
