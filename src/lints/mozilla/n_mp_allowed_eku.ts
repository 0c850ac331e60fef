/*
 * Mozilla Root Store Policy 5.3 (Intermediate Certificates): intermediate
 * certificates created after January 1, 2019, except cross-certificates sharing a
 * private key with a corresponding root certificate, "MUST contain an EKU extension;
 * and, MUST NOT include the anyExtendedKeyUsage KeyPurposeId; and, MUST NOT include
 * both the id-kp-serverAuth and id-kp-emailProtection KeyPurposeIds in the same
 * certificate." Cross-certificates cannot be told apart here, hence a notice.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isSubCA } from '../../x509/classify.js';
import { knownEkus } from '../../x509/ekus.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'n_mp_allowed_eku',
  description:
    'A subordinate CA should have an extKeyUsage without anyExtendedKeyUsage and without both serverAuth and emailProtection',
  citation: 'Mozilla Root Store Policy: 5.3',
  source: 'mozilla',
  effectiveDate: RuleDate.mozillaIntermediateEku,
  target: 'certificate',
  appliesTo: isSubCA,
  run: (cert) => {
    const ekus = knownEkus(cert);
    if (ekus.length === 0) return fail('extKeyUsage is absent');
    if (ekus.includes(OID.anyExtendedKeyUsage)) return fail('extKeyUsage contains anyExtendedKeyUsage');
    if (ekus.includes(OID.serverAuth) && ekus.includes(OID.emailProtection))
      return fail('extKeyUsage contains both serverAuth and emailProtection');
    return pass;
  },
};
