/*
 * BRs 7.1.2.7.7 (Subscriber Certificate Authority Information Access): the
 * id-ad-ocsp accessLocation is a uniformResourceIdentifier holding "A HTTP URL of the
 * Issuing CA's OCSP responder". Other schemes (https, ldap, ...) are not permitted.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { ocspUrls, urlScheme } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_aia_ocsp_must_have_http_only',
  description: 'Every id-ad-ocsp URI in a subscriber AIA must be an http:// URL',
  citation: 'BRs: 7.1.2.7.7',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && ocspUrls(cert).length > 0 && isSubscriber(cert),
  run: (cert) => {
    for (const url of ocspUrls(cert)) {
      const scheme = urlScheme(url);
      if (scheme === undefined) return fail(`OCSP URL '${url}' does not parse`);
      if (scheme !== 'http') return fail(`OCSP URL '${url}' has scheme '${scheme}', not http`);
    }
    return pass;
  },
};
