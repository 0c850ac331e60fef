/*
 * Community rule: HTML character references such as "&amp;" or "&#39;" in a
 * subject attribute show the value was copied from a web form or page without
 * being decoded; the certificate then names something other than the verified
 * subject ("AT&amp;T" is not "AT&T").
 *
 * Checked: givenName, surname, commonName, organizationalUnitName,
 * organizationName, localityName, stateOrProvinceName, streetAddress,
 * postalCode, organizationIdentifier and the EV jurisdiction locality and
 * state. zlint looks only at the first value of each; every value is checked here.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { describe } from '../util/subject_values.js';

const HTML_ENTITY = /&#?[a-zA-Z0-9]+;/;

const CHECKED: ReadonlySet<string> = new Set([
  OID.givenName,
  OID.surname,
  OID.commonName,
  OID.organizationalUnitName,
  OID.organizationName,
  OID.localityName,
  OID.stateOrProvinceName,
  OID.streetAddress,
  OID.postalCode,
  OID.organizationIdentifier,
  OID.jurisdictionLocality,
  OID.jurisdictionStateOrProvince,
]);

export const lint: CertificateLint = {
  name: 'e_subj_contains_html_entities',
  description: "Subject attributes must not contain HTML entities (e.g. '&amp;'), a sign of undecoded input",
  citation: 'Community',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const a = cert.subject.attributes.find(
      (x) => CHECKED.has(x.type) && x.value !== undefined && HTML_ENTITY.test(x.value.value),
    );
    return a === undefined ? pass : fail(`${describe(a)} contains an HTML entity`);
  },
};
