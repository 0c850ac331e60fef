/*
 * A subjectAltName lists each name once; DNS names are compared without regard
 * to case (RFC 4343). A repeated dNSName is harmless but signals a careless
 * issuance process. (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { dnsView, hasSan, show } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'n_san_dns_name_duplicate',
  description: 'SAN dNSNames should not repeat (ignoring case)',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => {
    const seen = new Set<string>();
    for (const { name, lower } of dnsView(cert).san.facts) {
      if (seen.has(lower)) return fail(`${show(name)} appears more than once`);
      seen.add(lower);
    }
    return pass;
  },
};
