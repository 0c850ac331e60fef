/*
 * RFC 5280 4.2.1.6: dNSNames are in the preferred name syntax of RFC 1034 3.5,
 * which has no underscore. Underscores in the subdomain labels (left of the
 * registrable label) of a SAN dNSName are reported as a warning, as zlint does.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'w_rfc_dnsname_underscore_in_trd',
  description: 'The subdomain labels of a SAN dNSName should not contain an underscore',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  ...namesWithout(
    { list: 'san', tlsOnly: false, split: true },
    NameFact.trdUnderscore,
    'has an underscore in a subdomain label',
  ),
};
