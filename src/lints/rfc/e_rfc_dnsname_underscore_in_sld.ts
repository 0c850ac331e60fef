/*
 * RFC 5280 4.2.1.6: dNSNames are in the preferred name syntax of RFC 1034 3.5,
 * which has no underscore. Checks the registrable label (left of the public
 * suffix) of each SAN dNSName; an unparseable name makes the lint not applicable.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_rfc_dnsname_underscore_in_sld',
  description:
    'The registrable label (left of the public suffix) of a SAN dNSName must not contain an underscore',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  ...namesWithout(
    { list: 'san', tlsOnly: false, split: true },
    NameFact.sldUnderscore,
    'has an underscore in its registrable label',
  ),
};
