/*
 * BRs 7.1.2.7.9 (Subscriber Certificate Certificate Policies): policyQualifiers
 * other than id-qt-cps MUST NOT be present (id-qt-unotice and any other qualifier are
 * NOT permitted). Checked, as in zlint, on every certificate with the extension.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { OID, oidName } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_policy_qualifiers_other_than_cps_not_permitted',
  description: 'Policy qualifiers other than id-qt-cps must not be present',
  citation: 'BRs: 7.1.2.7.9',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && hasExtension(cert, OID.certificatePolicies),
  run: (cert) => {
    for (const policy of cert.extensions.certificatePolicies ?? [])
      for (const q of policy.qualifiers)
        if (q.oid !== OID.cps) return fail(`policy qualifier ${oidName(q.oid)} is present`);
    return pass;
  },
};
