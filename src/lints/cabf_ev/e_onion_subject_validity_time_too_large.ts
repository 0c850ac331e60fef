/*
 * EV Guidelines Appendix F (Ballot 144): "CAs MUST NOT issue a Certificate that
 * includes a Domain Name where .onion is in the right-most label of the Domain
 * Name with a Validity Period longer than 15 months."
 */

import { addMonths, RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView } from '../util/dns_san.js';

const ONION = /\.onion$/i;
const isOnion = (n: string) => ONION.test(n);

export const lint: CertificateLint = {
  name: 'e_onion_subject_validity_time_too_large',
  description: 'Subscriber certificates with .onion names must not be valid for more than 15 months',
  citation: 'EVGs: Appendix F',
  source: 'cabf_ev',
  effectiveDate: RuleDate.onionOnlyEv,
  target: 'certificate',
  // SAN dNSNames are octets, whose facts match the regex; commonNames may be any Unicode.
  appliesTo: (cert) =>
    isSubscriber(cert) &&
    ((dnsView(cert).san.any & NameFact.onionInAnyCase) !== 0 ||
      attributeValues(cert.subject, OID.commonName).some(isOnion)),
  run: (cert) =>
    check(
      cert.notAfter.ms <= addMonths(cert.notBefore.ms, 15),
      'validity period of a certificate with .onion names is longer than 15 months',
    ),
};
