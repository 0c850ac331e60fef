/*
 * A SAN dNSName should name something below a public suffix: a name that is
 * itself an ICANN public suffix ("co.uk", "com", an unknown single label) has
 * no registrable domain (BRs 1.6.1 Base Domain Name). (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasSan } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'n_san_iana_pub_suffix_empty',
  description: 'SAN dNSNames should not be bare public suffixes',
  citation: 'BRs: 1.6.1',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => {
    const bare = dnsView(cert)
      .san.facts.filter((f) => (f.flags & NameFact.bareSuffix) !== 0)
      .map((f) => f.name);
    return bare.length === 0
      ? pass
      : fail(`${bare.length} DNS name(s) are bare public suffixes: ${bare.join(', ')}`);
  },
};
