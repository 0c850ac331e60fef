/*
 * RFC 5280 Appendix A.1 takes its upper bounds from Annex B of ITU-T X.411, and
 * X.411 (1988) bounds common names at 64 characters (ub-common-name-length).
 * Software may have been built to that figure, so although givenName may run to
 * ub-name (32768) characters, a given name over 64 characters is a compatibility risk.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'w_subject_given_name_recommended_max_length',
  description:
    'A subject givenName should have at most 64 characters, the X.411 (1988) bound for common names that software may expect',
  citation: 'ITU-T X.411 (11/1988): Annex B',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const over = overLength(cert.subject, OID.givenName, 64);
    return over === undefined ? pass : fail(over);
  },
};
