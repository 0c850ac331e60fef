/*
 * EV Guidelines 9.2.8 and 9.8.2: the subject:organizationIdentifier (scheme,
 * country, optional "+" state, "-", reference) and the cabfOrganizationIdentifier
 * extension carry the same Registration Scheme, country, state or province and
 * Registration Reference. For PSD identifiers the extension's reference may
 * leave out the National Competent Authority identifier (PSDBE-NBB-1234.567.890
 * against reference 1234.567.890), as zlint accepts.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, fail } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';
import { isEV } from '../../x509/classify.js';
import { attributeValues, hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { cabfOrgIdExtension, type OrgId, parseSubjectOrgId } from '../util/ev_crl.js';

function same(a: OrgId, b: OrgId): boolean {
  return (
    a.scheme === b.scheme && a.country === b.country && a.state === b.state && a.reference === b.reference
  );
}

function consistent(cert: Certificate, value: string, subject: OrgId): boolean {
  const ext = cabfOrgIdExtension(cert);
  if (!ext) return false;
  if (same(ext, subject)) return true;
  const psd = subject.scheme === 'PSD' ? parseSubjectOrgId(value, true) : undefined;
  return psd !== undefined && same(ext, psd);
}

export const lint: CertificateLint = {
  name: 'e_ev_orgid_inconsistent_subj_and_ext',
  description:
    'The subject:organizationIdentifier and the cabfOrganizationIdentifier extension of an EV certificate must agree',
  citation: 'EVGs: 9.2.8, 9.8.2',
  source: 'cabf_ev',
  effectiveDate: RuleDate.evg170,
  target: 'certificate',
  appliesTo: (cert) =>
    isEV(cert) &&
    hasAttribute(cert.subject, OID.organizationIdentifier) &&
    cert.extensions.byOid.has(OID.cabfOrganizationIdentifier),
  run: (cert) => {
    const value = attributeValues(cert.subject, OID.organizationIdentifier)[0] ?? '';
    const subject = parseSubjectOrgId(value);
    if (!subject) return fail(`subject:organizationIdentifier '${value}' is not of the EVG form`);
    return check(
      consistent(cert, value, subject),
      `cabfOrganizationIdentifier does not match subject:organizationIdentifier '${value}'`,
    );
  },
};
