/*
 * BRs 7.1.2.2 g (Subordinate CA Certificate, extKeyUsage): "For Subordinate CA
 * Certificates to be Technically constrained in line with section 7.1.5, then either the
 * value id-kp-serverAuth [RFC5280] or id-kp-clientAuth [RFC5280] or both values MUST be
 * present." zlint applies this to every subordinate CA with an extKeyUsage, whatever
 * its key purposes (its test expects a notice for a codeSigning-only CA).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isSubCA } from '../../x509/classify.js';
import { knownEkus } from '../../x509/ekus.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'n_sub_ca_eku_not_technically_constrained',
  description: 'A subordinate CA extKeyUsage without serverAuth or clientAuth is not technically constrained',
  citation: 'BRs: 7.1.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr116,
  target: 'certificate',
  appliesTo: (cert) => isSubCA(cert) && hasExtension(cert, OID.extKeyUsage),
  run: (cert) => {
    const ekus = knownEkus(cert);
    return check(
      ekus.includes(OID.serverAuth) || ekus.includes(OID.clientAuth),
      'extKeyUsage contains neither serverAuth nor clientAuth',
    );
  },
};
