/*
 * RFC 5280 Appendix A.1: X520SerialNumber ::= PrintableString (SIZE (1..ub-serial-number)),
 * with "ub-serial-number INTEGER ::= 64".
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasNonEmptyAttribute, overLength } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_dn_serial_number_max_length',
  description:
    'Each subject serialNumber must have at most 64 characters (ub-serial-number). zlint measures only the last serialNumber; every one is measured here',
  citation: 'RFC 5280: Appendix A',
  source: 'rfc',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => hasNonEmptyAttribute(cert.subject, OID.serialNumber),
  run: (cert) => {
    const over = overLength(cert.subject, OID.serialNumber, 64);
    return over === undefined ? pass : fail(over);
  },
};
