/*
 * ITU-T X.520 (02/2001), upper bounds: "ub-street-address INTEGER ::= 128" bounds the
 * streetAddress attribute (RFC 5280 does not list it; X.520 defines it).
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_street_address_max_length',
  description: 'Each subject streetAddress must have at most 128 characters (ub-street-address)',
  citation: 'ITU-T X.520 (02/2001): UpperBounds',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const over = overLength(cert.subject, OID.streetAddress, 128);
    return over === undefined ? pass : fail(over);
  },
};
