/*
 * BRs 7.1.2.10.2 (7.1.4.3.1 before 2.0.0; 9.1.4 in 1.0): the CA subject's
 * countryName is "The two-letter ISO 3166-1 country code for the country in
 * which the CA's place of business is located."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, notApplicable, pass } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasValue, isCountryCode, valuesFailing } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'e_ca_country_name_invalid',
  description: 'Each countryName in a CA certificate subject must be an ISO 3166-1 alpha-2 code',
  citation: 'BRs: 7.1.2.10.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: isCA,
  run: (cert) => {
    if (!hasValue(cert.subject, OID.countryName)) return notApplicable;
    const bad = valuesFailing(cert.subject, OID.countryName, isCountryCode);
    return bad.length === 0 ? pass : fail(`countryName not an ISO 3166-1 code: '${bad.join("', '")}'`);
  },
};
