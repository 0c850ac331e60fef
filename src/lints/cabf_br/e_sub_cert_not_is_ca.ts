/*
 * BRs 7.1.2.3 d (Subscriber Certificate, basicConstraints, optional): "The cA field
 * MUST NOT be true." A certificate is taken for a subscriber one, as in zlint, when its
 * keyUsage (present) does not assert keyCertSign and it carries basicConstraints.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, keyUsageHas } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_not_is_ca',
  description: 'A certificate whose keyUsage lacks keyCertSign must not assert cA in basicConstraints',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) =>
    isServerAuth(cert) &&
    hasExtension(cert, OID.keyUsage) &&
    !keyUsageHas(cert, KeyUsageBit.keyCertSign) &&
    hasExtension(cert, OID.basicConstraints),
  run: (cert) => check(cert.extensions.basicConstraints?.ca !== true, 'basicConstraints asserts cA'),
};
