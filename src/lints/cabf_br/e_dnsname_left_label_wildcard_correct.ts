/*
 * BRs 1.6.1, Wildcard Domain Name: "A string starting with '*.' (U+002A
 * ASTERISK, U+002E FULL STOP) immediately followed by a Fully-Qualified Domain
 * Name". A wildcard is the whole left-most label, never part of it ("f*.example.com").
 * As zlint, checks every certificate's last commonName and SAN dNSNames.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { isServerAuth } from '../../x509/classify.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, noNameWith } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_dnsname_left_label_wildcard_correct',
  description: "A wildcard in the left-most label of a dNSName or commonName must be the whole label '*'",
  citation: 'BRs: 1.6.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: isServerAuth,
  run: (cert) =>
    noNameWith(dnsView(cert).cnAndSan, NameFact.partialWildcardLabel, 'has a partial wildcard label'),
};
