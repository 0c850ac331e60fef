/*
 * BRs 7.1.4.2.2 g (7.1.2.7.x and 7.1.2.10.2 in 2.0.0): countryName "MUST
 * contain the two-letter ISO 3166-1 country code" for the subject's country;
 * 'XX' is allowed where no country code applies.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { isCountryCode, valuesFailing } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'e_subject_country_not_iso',
  description: "Each subject countryName must be an ISO 3166-1 alpha-2 code or 'XX'",
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const bad = valuesFailing(cert.subject, OID.countryName, isCountryCode);
    return bad.length === 0 ? pass : fail(`countryName not an ISO 3166-1 code: '${bad.join("', '")}'`);
  },
};
