/*
 * BRs 7.1.2.1 a (Root CA Certificate, basicConstraints): "This extension MUST
 * appear as a critical extension. The cA field MUST be set true. The
 * pathLenConstraint field SHOULD NOT be present."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isRootCA, isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_root_ca_basic_constraints_path_len_constraint_field_present',
  description: 'The basicConstraints of a root CA should not contain pathLenConstraint',
  citation: 'BRs: 7.1.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isRootCA(cert) && hasExtension(cert, OID.basicConstraints),
  run: (cert) =>
    check(cert.extensions.basicConstraints?.pathLen === undefined, 'pathLenConstraint is present'),
};
