/*
 * BRs 7.1.2.3 e (Subscriber Certificate, keyUsage, optional): "If present, bit
 * positions for keyCertSign and cRLSign MUST NOT be set."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, keyUsageHas } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_key_usage_crl_sign_bit_set',
  description: 'The keyUsage of a non-CA certificate must not assert cRLSign',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && hasExtension(cert, OID.keyUsage) && !isCA(cert),
  run: (cert) => check(!keyUsageHas(cert, KeyUsageBit.cRLSign), 'keyUsage asserts cRLSign'),
};
