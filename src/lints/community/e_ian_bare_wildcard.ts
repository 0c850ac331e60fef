/*
 * RFC 5280 4.2.1.7 encodes issuerAltName as 4.2.1.6; a wildcard stands for one
 * label and is followed by the rest of the name, so an IAN dNSName must not end
 * in '*'. (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasIan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ian_bare_wildcard',
  description: 'An IAN dNSName must not end in a wildcard',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) => noNameWith(dnsView(cert).ian, NameFact.endsInWildcard, 'ends in a wildcard'),
};
