/*
 * EV Guidelines 2.0.2 (Ballot SC95), 7.1.2.3 and 7.1.4.2.8: if both are present,
 * each component of the cabfOrganizationIdentifier extension MUST match the
 * corresponding component of subject:organizationIdentifier. Registration
 * References may contain hyphens, so the left-most hyphen separates the
 * reference from SSSCC[+ST].
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEV } from '../../x509/classify.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { cabfOrgIdExtension, type OrgId } from '../util/ev_crl.js';

/** Splits at the left-most hyphen; undefined when the subject value cannot be decomposed. */
function split(value: string): OrgId | undefined {
  const sep = value.indexOf('-');
  if (sep < 0) return undefined;
  const head = value.slice(0, sep);
  const reference = value.slice(sep + 1);
  if (reference === '' || head.length < 5) return undefined;
  const rest = head.slice(5);
  if (rest !== '' && (!rest.startsWith('+') || rest.length === 1)) return undefined;
  return { scheme: head.slice(0, 3), country: head.slice(3, 5), state: rest.slice(1), reference };
}

const firstOrgId = (cert: Parameters<CertificateLint['run']>[0]) =>
  attributeValues(cert.subject, OID.organizationIdentifier)[0];

export const lint: CertificateLint = {
  name: 'e_ev_subject_orgid_ext_mismatch',
  description:
    'Each component of the cabfOrganizationIdentifier extension must match the same component of subject:organizationIdentifier',
  citation: 'EVGs: 7.1.2.3, 7.1.4.2.8',
  source: 'cabf_ev',
  effectiveDate: RuleDate.evg202,
  target: 'certificate',
  appliesTo: (cert) => {
    const value = firstOrgId(cert);
    return (
      isEV(cert) &&
      value !== undefined &&
      cabfOrgIdExtension(cert) !== undefined &&
      split(value) !== undefined
    );
  },
  run: (cert) => {
    const value = firstOrgId(cert) ?? '';
    const subj = split(value) as OrgId;
    const ext = cabfOrgIdExtension(cert) as OrgId;
    const diffs = (['scheme', 'country', 'state', 'reference'] as const)
      .filter((k) => ext[k] !== subj[k])
      .map((k) => `${k} '${ext[k]}' vs '${subj[k]}'`);
    return check(
      diffs.length === 0,
      `cabfOrganizationIdentifier differs from subject:organizationIdentifier '${value}': ${diffs.join('; ')}`,
    );
  },
};
