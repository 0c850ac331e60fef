/*
 * RFC 5280 4.2.1.4: "A certificate policy OID MUST NOT appear more than once
 * in a certificate policies extension."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_cert_policy_duplicate',
  description: 'A policy OID must not appear more than once in the certificatePolicies extension',
  citation: 'RFC 5280: 4.2.1.4',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.certificatePolicies),
  run: (cert) => {
    const policies = cert.extensions.certificatePolicies;
    if (!policies) return notApplicable;
    const seen = new Set<string>();
    const dup = new Set<string>();
    for (const p of policies) (seen.has(p.oid) ? dup : seen).add(p.oid);
    return check(dup.size === 0, `policies asserted more than once: ${[...dup].join(', ')}`);
  },
};
