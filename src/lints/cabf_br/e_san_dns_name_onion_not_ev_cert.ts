/*
 * CA/Browser Forum Ballot 144 (EVGs Appendix F): from 2015-05-01, certificates
 * with a .onion name in the SAN or commonName had to be issued under the EV
 * Guidelines. Ballot SC27 (BRs 1.6.9, 2020-03-27) allowed v3 .onion names in
 * DV/OV certificates, so only certificates issued before then are checked.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV, isServerAuth, isSubscriber } from '../../x509/classify.js';
import { hasOnionName } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_san_dns_name_onion_not_ev_cert',
  description: 'Subscriber certificates issued before BRs 1.6.9 with a .onion name must be EV certificates',
  citation: 'EVGs: Appendix F',
  source: 'cabf_br',
  effectiveDate: RuleDate.onionOnlyEv,
  target: 'certificate',
  appliesTo: (cert) =>
    isServerAuth(cert) &&
    cert.notBefore.ms < RuleDate.cabfBr169.getTime() &&
    isSubscriber(cert) &&
    hasOnionName(cert),
  run: (cert) => check(isEV(cert), 'certificate has a .onion name but is not an EV certificate'),
};
