/*
 * BRs 7.1.2.7.12 (earlier 7.1.4.2): each dNSName is a Fully-Qualified Domain Name or
 * Wildcard Domain Name in the preferred name syntax, so its labels hold only
 * letters, digits and hyphens. As zlint does, underscores, a leading "*." and
 * redaction "?." labels are tolerated here (other lints judge them); the subject
 * commonName is checked too when it is not an IP address.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_bad_character_in_label',
  description:
    "Characters in labels of dNSNames (and a domain commonName) must be letters, digits, '-', '_' or a wildcard",
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...namesWithout(
    { list: 'br', tlsOnly: true },
    NameFact.badCharacter,
    "has a character other than letters, digits, '-', '_' or '*'",
  ),
};
