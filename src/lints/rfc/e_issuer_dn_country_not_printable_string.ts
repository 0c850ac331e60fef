/*
 * RFC 5280 Appendix A.1: "X520countryName ::= PrintableString (SIZE (2))". A
 * countryName in the issuer encoded as any other string type breaks the module.
 */

import { describeTag } from '../../der/node.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasCountry, notPrintableString } from '../util/subject_values.js';

export const lint: CertificateLint = {
  name: 'e_issuer_dn_country_not_printable_string',
  description: 'An issuer countryName must be encoded as PrintableString',
  citation: 'RFC 5280: Appendix A',
  source: 'rfc',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: (cert) => hasCountry(cert.issuer),
  run: (cert) => {
    const bad = notPrintableString(cert.issuer, OID.countryName);
    return bad === undefined ? pass : fail(`issuer countryName is a ${describeTag(bad.node)}`);
  },
};
