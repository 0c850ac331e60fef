/*
 * BRs 7.1.4.2 (Subject Attribute Encoding, BR 2.0.0 on): "CAs that include
 * attributes in the Certificate subject field that are listed in the table
 * below SHALL encode those attributes in the relative order as they appear in
 * the table": domainComponent, countryName, stateOrProvinceName, localityName,
 * postalCode, streetAddress, organizationName, surname, givenName,
 * organizationalUnitName, commonName. Other attributes may sit anywhere.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { OID, oidName } from '../../x509/oids.js';

const RANK: ReadonlyMap<string, number> = new Map(
  [
    OID.domainComponent,
    OID.countryName,
    OID.stateOrProvinceName,
    OID.localityName,
    OID.postalCode,
    OID.streetAddress,
    OID.organizationName,
    OID.surname,
    OID.givenName,
    OID.organizationalUnitName,
    OID.commonName,
  ].map((oid, i) => [oid, i]),
);

export const lint: CertificateLint = {
  name: 'e_invalid_subject_rdn_order',
  description: 'Subscriber subject attributes listed in BR 7.1.4.2 must appear in the order of its table',
  citation: 'BRs: 7.1.4.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: isSubscriber,
  run: (cert) => {
    let highest = -1;
    let highestType = '';
    for (const a of cert.subject.attributes) {
      const rank = RANK.get(a.type);
      if (rank === undefined) continue;
      if (rank < highest) return fail(`${oidName(a.type)} appears after ${oidName(highestType)}`);
      highest = rank;
      highestType = a.type;
    }
    return pass;
  },
};
