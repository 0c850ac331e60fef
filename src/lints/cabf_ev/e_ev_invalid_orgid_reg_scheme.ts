/*
 * EV Guidelines 9.2.8 (EVG 2.0: 7.1.4.2.8) and Appendix H: the Registration
 * Schemes allowed in subject:organizationIdentifier of EV certificates are NTR,
 * VAT and PSD.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isEV, isSubscriber } from '../../x509/classify.js';
import { attributeValues, hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

const ALLOWED = /^(?:NTR|VAT|PSD)/;

export const lint: CertificateLint = {
  name: 'e_ev_invalid_orgid_reg_scheme',
  description: 'subject:organizationIdentifier of an EV certificate must use the NTR, VAT or PSD scheme',
  citation: 'EVGs: 9.2.8',
  source: 'cabf_ev',
  effectiveDate: RuleDate.evg170,
  target: 'certificate',
  appliesTo: (cert) =>
    isEV(cert) && isSubscriber(cert) && hasAttribute(cert.subject, OID.organizationIdentifier),
  run: (cert) => {
    const value = attributeValues(cert.subject, OID.organizationIdentifier)[0] ?? '';
    if (ALLOWED.test(value)) return pass;
    const scheme = Array.from(value).slice(0, 3).join('');
    return fail(`registration scheme '${scheme}' is not allowed in EV certificates`);
  },
};
