/*
 * EV Guidelines 9.8.1 (EVG 2.0: 7.1.2.3), Subject Alternative Name Extension:
 * "This extension MUST contain one or more host Domain Name(s)" and only
 * Domain Names; IP addresses are not permitted in EV Certificates.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV } from '../../x509/classify.js';
import { formatIp } from '../../x509/generalName.js';

export const lint: CertificateLint = {
  name: 'e_ev_san_ip_address_present',
  description: 'The subjectAltName of an EV certificate must not contain iPAddress entries',
  citation: 'EVGs: 9.8.1',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert),
  run: (cert) => {
    const ips: string[] = [];
    for (const n of cert.extensions.subjectAltName ?? []) if (n.tag === 7) ips.push(formatIp(n.bytes));
    return check(ips.length === 0, `iPAddress in the SAN of an EV certificate: ${ips.join(', ')}`);
  },
};
