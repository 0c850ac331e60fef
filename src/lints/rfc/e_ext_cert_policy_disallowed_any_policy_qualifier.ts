/*
 * RFC 5280 4.2.1.4: "When qualifiers are used with the special policy
 * anyPolicy, they MUST be limited to the qualifiers identified in this
 * section", that is the CPS Pointer and User Notice qualifiers.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { hasPolicy } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_ext_cert_policy_disallowed_any_policy_qualifier',
  description: 'Qualifiers of anyPolicy must be limited to CPS pointers and user notices',
  citation: 'RFC 5280: 4.2.1.4',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: (cert) => hasPolicy(cert, OID.anyPolicy),
  run: (cert) => {
    const bad: string[] = [];
    for (const p of cert.extensions.certificatePolicies ?? []) {
      if (p.oid !== OID.anyPolicy) continue;
      for (const q of p.qualifiers) if (q.oid !== OID.cps && q.oid !== OID.userNotice) bad.push(q.oid);
    }
    return check(
      bad.length === 0,
      `anyPolicy has qualifiers other than CPS and userNotice: ${bad.join(', ')}`,
    );
  },
};
