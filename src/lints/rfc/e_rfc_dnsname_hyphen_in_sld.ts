/*
 * RFC 5280 4.2.1.6 with RFC 1034 3.5: labels in the preferred name syntax do
 * not begin or end with a hyphen. Checks the registrable label (left of the
 * public suffix) of each SAN dNSName; a name that cannot be split around a
 * public suffix makes the lint not applicable, as in zlint.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_rfc_dnsname_hyphen_in_sld',
  description:
    'The registrable label (left of the public suffix) of a SAN dNSName must not begin or end with a hyphen',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  ...namesWithout(
    { list: 'san', tlsOnly: false, split: true },
    NameFact.sldHyphenAtEdge,
    'has a hyphen at the start or end of its registrable label',
  ),
};
