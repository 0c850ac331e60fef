/*
 * Chrome Root Program Policy 1.8, 1.3.2: TLS server authentication certificates
 * issued from March 15, 2027 under a PKI hierarchy included in the Chrome Root Store
 * MUST NOT include id-kp-clientAuth in their extKeyUsage (the hierarchies are to be
 * dedicated to serverAuth). zlint files this under its Chrome source; Vigil has no
 * such source yet, so it sits with the community lints.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { knownEkus } from '../../x509/ekus.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_client_auth_not_allowed',
  description: 'A TLS server subscriber certificate must not assert clientAuth (Chrome Root Program)',
  citation: 'Chrome Root Program Policy: 1.3.2',
  source: 'community',
  effectiveDate: RuleDate.chromeNoClientAuth,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubscriber(cert),
  run: (cert) => check(!knownEkus(cert).includes(OID.clientAuth), 'extKeyUsage contains clientAuth'),
};
