/*
 * S/MIME Baseline Requirements Appendix A.1 (with 7.1.4.2.2): in an
 * Organization- or Sponsor-validated S/MIME certificate, "the country code used
 * in the Registration Scheme identifier SHALL match that of the
 * subject:countryName in the Certificate", except for the global schemes LEI
 * and INT.
 *
 * Vigil has no S/MIME source, so this S/MIME rule is filed under community.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

/** S/MIME BR 7.1.6.1 Organization- and Sponsor-validated policies: legacy, multipurpose, strict. */
const ORG_OR_SPONSOR = new Set([
  '2.23.140.1.5.2.1',
  '2.23.140.1.5.2.2',
  '2.23.140.1.5.2.3',
  '2.23.140.1.5.3.1',
  '2.23.140.1.5.3.2',
  '2.23.140.1.5.3.3',
]);
const PREFIX = /^([A-Z]{3})([A-Z]{2})/;
const isGlobal = (scheme: string) => scheme === 'INT' || scheme === 'LEI';

function orgIds(cert: Certificate): string[] {
  return attributeValues(cert.subject, OID.organizationIdentifier);
}

export const lint: CertificateLint = {
  name: 'e_registration_scheme_id_matches_subject_country',
  description:
    'The country of the Registration Scheme in subject:organizationIdentifier must match subject:countryName (S/MIME OV and SV)',
  citation: 'S/MIME BRs: Appendix A.1',
  source: 'community',
  effectiveDate: RuleDate.smimeBr100,
  target: 'certificate',
  appliesTo: (cert) => {
    const country = attributeValues(cert.subject, OID.countryName)[0];
    if (country === undefined || country.length !== 2) return false;
    let allGlobal = true;
    for (const id of orgIds(cert)) {
      const m = PREFIX.exec(id);
      if (!m) return false;
      allGlobal &&= isGlobal(m[1] as string);
    }
    if (allGlobal) return false;
    return cert.extensions.certificatePolicies?.some((p) => ORG_OR_SPONSOR.has(p.oid)) === true;
  },
  run: (cert) => {
    const country = attributeValues(cert.subject, OID.countryName)[0];
    const bad = orgIds(cert).filter((id) => {
      const m = PREFIX.exec(id);
      return m !== null && !isGlobal(m[1] as string) && m[2] !== country;
    });
    return check(
      bad.length === 0,
      `Registration Scheme country differs from subject:countryName '${country}': ${bad.join(', ')}`,
    );
  },
};
