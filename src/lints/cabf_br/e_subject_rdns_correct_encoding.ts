/*
 * BRs 7.1.4.2 (Subject Attribute Encoding, BR 2.0.0 on), in its two tables:
 * domainComponent "MUST use IA5String"; countryName, jurisdictionCountry and
 * serialNumber "MUST use PrintableString"; stateOrProvinceName, localityName,
 * postalCode, streetAddress, organizationName, surname, givenName,
 * organizationalUnitName, commonName, businessCategory, jurisdictionStateOrProvince,
 * jurisdictionLocality and organizationIdentifier "MUST use UTF8String or PrintableString".
 * Like zlint, this applies to every certificate's subject.
 */
import { describeTag, Tag, UNIVERSAL } from '../../der/node.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID, oidName } from '../../x509/oids.js';

const IA5: readonly number[] = [Tag.IA5_STRING];
const PRINTABLE: readonly number[] = [Tag.PRINTABLE_STRING];
const DIRECTORY: readonly number[] = [Tag.UTF8_STRING, Tag.PRINTABLE_STRING];

const ALLOWED: ReadonlyMap<string, readonly number[]> = new Map([
  [OID.domainComponent, IA5],
  [OID.countryName, PRINTABLE],
  [OID.jurisdictionCountry, PRINTABLE],
  [OID.serialNumber, PRINTABLE],
  [OID.stateOrProvinceName, DIRECTORY],
  [OID.localityName, DIRECTORY],
  [OID.postalCode, DIRECTORY],
  [OID.streetAddress, DIRECTORY],
  [OID.organizationName, DIRECTORY],
  [OID.surname, DIRECTORY],
  [OID.givenName, DIRECTORY],
  [OID.organizationalUnitName, DIRECTORY],
  [OID.commonName, DIRECTORY],
  [OID.businessCategory, DIRECTORY],
  [OID.jurisdictionStateOrProvince, DIRECTORY],
  [OID.jurisdictionLocality, DIRECTORY],
  [OID.organizationIdentifier, DIRECTORY],
]);

export const lint: CertificateLint = {
  name: 'e_subject_rdns_correct_encoding',
  description:
    'Subject attributes listed in BR 7.1.4.2 must use the string types its tables require (IA5String, PrintableString, or UTF8String/PrintableString)',
  citation: 'BRs: 7.1.4.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    for (const a of cert.subject.attributes) {
      const allowed = ALLOWED.get(a.type);
      if (allowed === undefined) continue;
      if (a.node.cls !== UNIVERSAL || !allowed.includes(a.node.tag))
        return fail(`${oidName(a.type)} is encoded as ${describeTag(a.node)}`);
    }
    return pass;
  },
};
