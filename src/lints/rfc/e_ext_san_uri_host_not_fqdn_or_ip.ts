/*
 * RFC 5280 4.2.1.6: "URIs that include an authority ([RFC3986], Section 3.2)
 * MUST include a fully qualified domain name or IP address as the host."
 * A URI without an authority (opaque, like "sip:alice@example.com") is not
 * concerned; the host test is zlint's (a "*." prefix is tolerated).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { hasSan, isFqdnOrIp, namesOfTag, parseGoUrl, show } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_uri_host_not_fqdn_or_ip',
  description: 'SAN URIs with an authority must have a fully qualified domain name or IP address as host',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => {
    for (const uri of namesOfTag(cert.extensions.subjectAltName, 6)) {
      if (uri === '') continue;
      const u = parseGoUrl(uri);
      if (!u) return fail(`${show(uri)} is not a valid URI`);
      if (u.opaque === '' && !isFqdnOrIp(u.host))
        return fail(`${show(uri)} has no FQDN or IP address as host`);
    }
    return pass;
  },
};
