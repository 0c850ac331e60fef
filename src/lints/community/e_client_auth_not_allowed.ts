/*
 * Chrome Root Program Policy 1.8, 1.3.2: TLS server authentication certificates
 * issued from March 15, 2027 under a PKI hierarchy included in the Chrome Root Store
 * MUST NOT include id-kp-clientAuth in their extKeyUsage (the hierarchies are to be
 * dedicated to serverAuth). zlint files this under its Chrome source; Vigil has no
 * such source yet, so it sits with the community lints.
 */

import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import {
  CHROME_CLIENT_AUTH_DISALLOWED_DATE,
  inTlsScope,
  isSubscriberCert,
  knownEkus,
} from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_client_auth_not_allowed',
  description: 'A TLS server subscriber certificate must not assert clientAuth (Chrome Root Program)',
  citation: 'Chrome Root Program Policy: 1.3.2',
  source: 'community',
  effectiveDate: CHROME_CLIENT_AUTH_DISALLOWED_DATE,
  target: 'certificate',
  appliesTo: (cert) => inTlsScope(cert) && isSubscriberCert(cert),
  run: (cert) => check(!knownEkus(cert).includes(OID.clientAuth), 'extKeyUsage contains clientAuth'),
};
