/*
 * A wildcard stands for one label of a name and is followed by the rest of it
 * (BRs 1.6.1 Wildcard Domain Name: "*." followed by an FQDN; RFC 6125 6.4.3).
 * A SAN dNSName ending in '*' has nothing to its right. (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasSan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_san_bare_wildcard',
  description: 'A SAN dNSName must not end in a wildcard: the wildcard must be followed by more of the name',
  citation: 'BRs: 1.6.1',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => noNameWith(dnsView(cert).san, NameFact.endsInWildcard, 'ends in a wildcard'),
};
