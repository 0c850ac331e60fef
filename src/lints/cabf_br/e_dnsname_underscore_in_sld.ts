/*
 * BRs 7.1.2.7.12 (earlier 7.1.4.2.1): dNSNames are in the preferred name
 * syntax, which has no underscore; the registrable label left of the public
 * suffix (the SLD) of a SAN dNSName or domain commonName must not hold one.
 * A name that cannot be split around a public suffix makes the lint not applicable.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_underscore_in_sld',
  description:
    'The registrable label (left of the public suffix) of a dNSName must not contain an underscore',
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  ...namesWithout(
    { list: 'br', tlsOnly: true, split: true },
    NameFact.sldUnderscore,
    'has an underscore in its registrable label',
  ),
};
