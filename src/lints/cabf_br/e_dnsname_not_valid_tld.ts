/*
 * BRs 3.2.2.4 and 1.6.1 (Fully-Qualified Domain Name): a domain the CA can
 * validate ends in a TLD of the IANA root zone. The right-most label of each
 * SAN dNSName and a domain commonName must be a current IANA TLD (or onion).
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_not_valid_tld',
  description:
    'DNSNames must end in an IANA top-level domain. Unlike zlint, which knows when each gTLD was delegated and removed, this uses the current root zone only: a TLD is valid at every date if it is delegated now and never if it has been removed',
  citation: 'BRs: 3.2.2.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...namesWithout(
    { list: 'br', tlsOnly: true },
    NameFact.notIanaTld,
    'does not end in an IANA top-level domain',
  ),
};
