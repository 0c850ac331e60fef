/*
 * RFC 5280 4.2.1.6: a dNSName "MUST be in the 'preferred name syntax', as
 * specified by Section 3.5 of [RFC1034] and as modified by Section 2.1 of
 * [RFC1123]", which has no empty labels.
 */

import { RuleDate } from '../../lint/dates.js';
import { NameFact } from '../util/dns_name_facts.js';
import { namesWithout } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_rfc_dnsname_empty_label',
  description: 'SAN dNSNames must not contain an empty label',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  ...namesWithout({ list: 'san', tlsOnly: false }, NameFact.emptyLabel, 'has an empty label'),
};
