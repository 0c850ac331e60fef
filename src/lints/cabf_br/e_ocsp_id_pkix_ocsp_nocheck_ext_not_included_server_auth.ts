/*
 * BRs 4.9.9: "OCSP responses MUST conform to RFC6960 and/or RFC5019. OCSP responses
 * MUST either: 1. Be signed by the CA that issued the Certificates whose revocation
 * status is being checked, or 2. Be signed by an OCSP Responder whose Certificate is
 * signed by the CA whose revocation status is being checked. In the latter case, the
 * OCSP signing Certificate MUST contain an extension of type id-pkix-ocsp-nocheck, as
 * defined by RFC6960." (Also BR 7.1.2.8.2.) Applies to every certificate asserting
 * id-kp-OCSPSigning, whatever its other key purposes, as zlint now does.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { knownEkus } from '../../x509/ekus.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_ocsp_id_pkix_ocsp_nocheck_ext_not_included_server_auth',
  description: 'A delegated OCSP responder certificate (id-kp-OCSPSigning) must contain id-pkix-ocsp-nocheck',
  citation: 'BRs: 4.9.9',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => knownEkus(cert).includes(OID.ocspSigning),
  run: (cert) => check(hasExtension(cert, OID.ocspNoCheck), 'id-pkix-ocsp-nocheck is absent'),
};
