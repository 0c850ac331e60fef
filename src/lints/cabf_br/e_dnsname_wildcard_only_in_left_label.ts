/*
 * BRs 1.6.1, Wildcard Domain Name: the wildcard is only the left-most "*."
 * label, so no other label of a dNSName (or commonName) contains '*'.
 * As zlint, checks every certificate's last commonName and SAN dNSNames.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { isServerAuth } from '../../x509/classify.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, noNameWith } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_wildcard_only_in_left_label',
  description: 'DNSNames (and the commonName) must not have a wildcard except in the left-most label',
  citation: 'BRs: 1.6.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: isServerAuth,
  run: (cert) =>
    noNameWith(
      dnsView(cert).cnAndSan,
      NameFact.wildcardBeyondLeftLabel,
      'has a wildcard beyond the left-most label',
    ),
};
