/*
 * RFC 5280 4.2.1.7: the issuerAltName "MUST be encoded as in 4.2.1.6", so a dNSName of
 * ' ' "MUST NOT be used".
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasIan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_ian_space_dns_name',
  description: 'An IAN dNSName must not be a single space',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) => noNameWith(dnsView(cert).ian, NameFact.singleSpace, 'is a single space'),
};
