/*
 * RFC 5280 4.2.1.7: the issuerAltName "MUST be encoded as in 4.2.1.6", so URIs
 * "that include an authority ([RFC3986], Section 3.2) MUST include a fully
 * qualified domain name or IP address as the host". As in zlint's IAN variant,
 * every non-empty URI's host is tested, opaque URIs included.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { hasIan, hostOfAuthority, isFqdnOrIp, namesOfTag, parseGoUrl, show } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_ian_uri_host_not_fqdn_or_ip',
  description: 'IAN URIs must have a fully qualified domain name or IP address as host',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) => {
    for (const uri of namesOfTag(cert.extensions.issuerAltName, 6)) {
      if (uri === '') continue;
      const u = parseGoUrl(uri);
      if (!u || !isFqdnOrIp(hostOfAuthority(u.host)))
        return fail(`${show(uri)} has no FQDN or IP address as host`);
    }
    return pass;
  },
};
