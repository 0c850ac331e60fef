/*
 * BRs 7.1.2.7.12 (earlier 7.1.4.2.1): dNSNames are in the preferred name
 * syntax, which has no underscore. An underscore in the labels left of the
 * registrable label (the TRD) of a SAN dNSName or domain commonName is
 * reported as a warning, as zlint does. A name that cannot be split around a
 * public suffix makes the lint not applicable.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'w_dnsname_underscore_in_trd',
  description:
    'The subdomain labels of a dNSName (left of the registrable label) should not contain an underscore',
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  ...namesWithout(
    { list: 'br', tlsOnly: true, split: true },
    NameFact.trdUnderscore,
    'has an underscore in a subdomain label',
  ),
};
