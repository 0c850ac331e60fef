/*
 * RFC 5280 4.2.1.11: "Conforming CAs MUST NOT issue certificates where policy
 * constraints is an empty sequence. That is, either the inhibitPolicyMapping
 * field or the requireExplicitPolicy field MUST be present."
 */
import { isUniversal, Tag } from '../../der/node.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { parseValue } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_policy_constraints_empty',
  description: 'policyConstraints must contain inhibitPolicyMapping or requireExplicitPolicy',
  citation: 'RFC 5280: 4.2.1.11',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.byOid.has(OID.policyConstraints),
  run: (cert) => {
    const ext = cert.extensions.byOid.get(OID.policyConstraints);
    const seq = ext && parseValue(ext.value);
    // Not one well-formed SEQUENCE: e_cert_ext_invalid_der's concern.
    if (!seq || !isUniversal(seq, Tag.SEQUENCE) || !seq.constructed) return notApplicable;
    return check(seq.end > seq.valueStart, 'policyConstraints is an empty sequence');
  },
};
