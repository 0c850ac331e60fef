/*
 * EV Guidelines 9.8.1 (EVG 2.0: 7.1.2.3), Subject Alternative Name Extension:
 * "Wildcard certificates are not allowed for EV Certificates except as
 * permitted under Appendix F" (Domain Names whose right-most label is onion).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV } from '../../x509/classify.js';
import { subjectNames } from '../util/ev_crl.js';

const ONION = /\.onion\.?$/i;

export const lint: CertificateLint = {
  name: 'e_ev_not_wildcard',
  description: 'EV certificates must not contain wildcard names, except for .onion names',
  citation: 'EVGs: 9.8.1',
  source: 'cabf_ev',
  effectiveDate: RuleDate.onionOnlyEv,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert),
  run: (cert) => {
    const wild = subjectNames(cert).filter((n) => n.includes('*') && !ONION.test(n));
    return check(wild.length === 0, `wildcard names in an EV certificate: ${wild.join(', ')}`);
  },
};
