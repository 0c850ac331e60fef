/*
 * BRs 3.2.2.6: "the CA MUST establish and follow a documented procedure that
 * determines if the wildcard character occurs in the first label position to
 * the left of a 'registry-controlled' label or 'public suffix'". Reported as a
 * notice for "*.<public suffix>" dNSNames or commonName, which need that procedure.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'n_dnsname_wildcard_left_of_public_suffix',
  description:
    "A wildcard immediately left of a public suffix ('*.co.uk') needs the CA's documented wildcard procedure",
  citation: 'BRs: 3.2.2.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...namesWithout(
    { list: 'br', tlsOnly: true, split: true },
    NameFact.sldWildcard,
    'has a wildcard immediately left of a public suffix',
  ),
};
