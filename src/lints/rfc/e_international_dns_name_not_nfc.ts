/*
 * RFC 5280 7.2 as updated by RFC 8399, and RFC 5891 5.2: the U-label form of
 * an internationalized domain name is in Unicode Normalization Form C, so each
 * xn-- label of a SAN dNSName must decode to an NFC string. As in zlint, a
 * label that does not decode at all makes this lint not applicable (the
 * e_international_dns_name_not_unicode lint reports it).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, notApplicable, pass } from '../../lint/types.js';
import { dnsView, hasSan, show } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_international_dns_name_not_nfc',
  description:
    'Internationalized (xn--) labels of SAN dNSNames must decode to Unicode in Normalization Form C',
  citation: 'RFC 8399: 2.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc8399,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => {
    for (const { name, xnProblem } of dnsView(cert).san.facts) {
      if (xnProblem === 'undecodable') return notApplicable;
      if (xnProblem === 'notNfc') return fail(`${show(name)} has a label that is not in NFC`);
    }
    return pass;
  },
};
