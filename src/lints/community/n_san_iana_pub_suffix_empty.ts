/*
 * A SAN dNSName should name something below a public suffix: a name that is
 * itself an ICANN public suffix ("co.uk", "com", an unknown single label) has
 * no registrable domain (BRs 1.6.1 Base Domain Name). (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { dnsView, hasSan, parsedSanDns } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'n_san_iana_pub_suffix_empty',
  description: 'SAN dNSNames should not be bare public suffixes',
  citation: 'BRs: 1.6.1',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => {
    const v = dnsView(cert);
    const bare = v.sanDns.filter((_, i) => {
      const d = parsedSanDns(cert)[i];
      return d !== undefined && !d.ok && d.bareSuffix;
    });
    return check(
      bare.length === 0,
      `${bare.length} DNS name(s) are bare public suffixes: ${bare.join(', ')}`,
    );
  },
};
