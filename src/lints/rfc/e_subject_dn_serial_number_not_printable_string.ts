/*
 * RFC 5280 Appendix A.1: "X520SerialNumber ::= PrintableString (SIZE
 * (1..ub-serial-number))". A subject serialNumber encoded as any other string
 * type breaks the module.
 */
import { describeTag } from '../../der/node.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasNonEmptyAttribute, notPrintableString } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_subject_dn_serial_number_not_printable_string',
  description: 'A subject serialNumber must be encoded as PrintableString',
  citation: 'RFC 5280: Appendix A',
  source: 'rfc',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => hasNonEmptyAttribute(cert.subject, OID.serialNumber),
  run: (cert) => {
    const bad = notPrintableString(cert.subject, OID.serialNumber);
    return bad === undefined ? pass : fail(`subject serialNumber is a ${describeTag(bad.node)}`);
  },
};
