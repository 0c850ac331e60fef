/*
 * BRs 7.1.2.3 f (Subscriber Certificate, extKeyUsage), BR 1.x: "Either the value
 * id-kp-serverAuth [RFC5280] or id-kp-clientAuth [RFC5280] or both values MUST be
 * present." Replaced in BR 2.0.0 by 7.1.2.7.10 (serverAuth MUST); see e_sub_cert_eku_check.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { knownEkus } from '../../x509/ekus.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_eku_server_auth_client_auth_missing',
  description: 'A subscriber extKeyUsage must contain serverAuth or clientAuth (BR 1.x)',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  ineffectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && knownEkus(cert).length > 0,
  run: (cert) => {
    const ekus = knownEkus(cert);
    return check(
      ekus.includes(OID.serverAuth) || ekus.includes(OID.clientAuth),
      'extKeyUsage contains neither serverAuth nor clientAuth',
    );
  },
};
