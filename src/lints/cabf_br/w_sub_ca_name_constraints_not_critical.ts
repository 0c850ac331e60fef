/*
 * BRs 7.1.2.2 f (Subordinate CA Certificate, nameConstraints): "If present, this
 * extension SHOULD be marked critical*." (* non-critical name constraints are tolerated
 * as an exception to RFC 5280 4.2.1.10.)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, isCritical } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_sub_ca_name_constraints_not_critical',
  description: 'The nameConstraints extension of a subordinate CA should be critical',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr102,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubCA(cert) && hasExtension(cert, OID.nameConstraints),
  run: (cert) => check(isCritical(cert, OID.nameConstraints), 'nameConstraints is not marked critical'),
};
