/*
 * RFC 5280 4.2.1.6 with RFC 1034 3.5: labels in the preferred name syntax do
 * not begin or end with a hyphen. Checks the registrable label (left of the
 * public suffix) of each SAN dNSName; a name that cannot be split around a
 * public suffix makes the lint not applicable, as in zlint.
 */

import { RuleDate } from '../../lint/dates.js';
import { isSubscriber } from '../../x509/classify.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsNamesExist, dnsView, noSplitNameWith, show } from '../util/dns_san.js';
import type { CertificateLint } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_rfc_dnsname_hyphen_in_sld',
  description:
    'The registrable label (left of the public suffix) of a SAN dNSName must not begin or end with a hyphen',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => isSubscriber(cert) && dnsNamesExist(cert),
  run: (cert) =>
    noSplitNameWith(
      dnsView(cert).san,
      NameFact.sldHyphenAtEdge,
      (n) => `${show(n)} has a hyphen at the start or end of its registrable label`,
    ),
};
