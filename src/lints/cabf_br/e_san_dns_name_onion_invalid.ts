/*
 * BRs Appendix B (formerly C, Ballot SC27) and EVGs Appendix F with RFC 7686: a
 * .onion Domain Name "MUST contain at least two labels, where the right-most
 * label is 'onion', and the label immediately preceding ... is a valid Version 3
 * Onion Address"; version 2 addresses (16 base-32 characters) were accepted only
 * in EV certificates. Checked on the SAN dNSNames and the commonName.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isEV, isServerAuth } from '../../x509/classify.js';
import { dnsView, hasOnionName, onionProblem } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_san_dns_name_onion_invalid',
  description:
    '.onion names must be Tor v3 addresses (or v2 in EV certificates), 56 (or 16) base-32 characters',
  citation: 'BRs: Appendix B; RFC 7686',
  source: 'cabf_br',
  effectiveDate: RuleDate.onionOnlyEv,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && hasOnionName(cert),
  run: (cert) => {
    const v = dnsView(cert);
    const ev = isEV(cert);
    for (const n of [...v.san.facts.map((f) => f.name), v.cn]) {
      if (!n.endsWith('.onion')) continue;
      const problem = onionProblem(n, ev);
      if (problem) return fail(problem);
    }
    return pass;
  },
};
