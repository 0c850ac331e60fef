/*
 * BRs 7.1.6.4 (Subscriber Certificates): "A Certificate issued to a Subscriber MUST
 * contain one or more policy identifier(s), defined by the Issuing CA, in the
 * Certificate's certificatePolicies extension that indicates adherence to and
 * compliance with these Requirements." An empty policy list is refused too (zlint's
 * zcrypto view lets an empty SEQUENCE pass).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { policyOids } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_cert_policy_empty',
  description:
    'Subscriber certificates must contain at least one policy identifier (an empty certificatePolicies fails too, where zlint passes it)',
  citation: 'BRs: 7.1.6.4',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && !isCA(cert),
  run: (cert) => check(policyOids(cert).length > 0, 'no policy identifier in certificatePolicies'),
};
