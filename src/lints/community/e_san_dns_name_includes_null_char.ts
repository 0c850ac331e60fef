/*
 * RFC 5280 4.2.1.6: dNSNames are in the preferred name syntax, which has no
 * NUL; a NUL octet in a dNSName is the classic name-truncation attack.
 * (awslabs certlint)
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView, hasSan, noNameWith } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_san_dns_name_includes_null_char',
  description: 'SAN dNSNames must not contain a NUL character',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => noNameWith(dnsView(cert).san, NameFact.nul, 'contains a NUL character'),
};
