/*
 * A wildcard may only be the first character of a name ("*.example.com", not
 * "www.*.com"); RFC 5280 4.2.1.7 encodes issuerAltName as 4.2.1.6. (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { dnsView, hasIan, noBadName } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ian_wildcard_not_first',
  description: 'A wildcard may only appear as the first character of an IAN dNSName',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) =>
    noBadName(
      dnsView(cert).ianDns,
      (n) => n.indexOf('*', 1) >= 0,
      'has a wildcard after its first character',
    ),
};
