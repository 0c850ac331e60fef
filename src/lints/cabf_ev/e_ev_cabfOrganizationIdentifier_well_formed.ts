/*
 * EV Guidelines 1.7.0, 9.8.2 (EVG 2.0: 7.1.2.3): the cabfOrganizationIdentifier
 * extension is encoded as
 *   SEQUENCE { registrationSchemeIdentifier PrintableString (SIZE(3)),
 *              registrationCountry PrintableString (SIZE(2)),
 *              registrationStateOrProvince [0] IMPLICIT PrintableString (SIZE(0..128)) OPTIONAL,
 *              registrationReference UTF8String }
 * with the scheme one of NTR, VAT, PSD and the country an ISO 3166 code.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isEV } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { cabfOrgIdExtension } from '../util/ev_crl.js';

const SCHEME = /^(NTR|VAT|PSD)$/;
const COUNTRY = /^[A-Z]{2}$/;

export const lint: CertificateLint = {
  name: 'e_ev_cabfOrganizationIdentifier_well_formed',
  description:
    'The cabfOrganizationIdentifier extension of an EV certificate must follow the EVG 9.8.2 module',
  citation: 'EVGs: 9.8.2',
  source: 'cabf_ev',
  effectiveDate: RuleDate.sc17,
  target: 'certificate',
  appliesTo: (cert) => isEV(cert) && cert.extensions.byOid.has(OID.cabfOrganizationIdentifier),
  run: (cert) => {
    const ext = cabfOrgIdExtension(cert);
    if (!ext) return pass;
    if (ext.encodingProblem) return fail(`cabfOrganizationIdentifier: ${ext.encodingProblem}`);
    if (!SCHEME.test(ext.scheme)) return fail(`invalid registrationSchemeIdentifier '${ext.scheme}'`);
    if (!COUNTRY.test(ext.country)) return fail(`invalid registrationCountry '${ext.country}'`);
    if (ext.state.length > 128) return fail('registrationStateOrProvince is longer than 128 characters');
    return pass;
  },
};
