/*
 * RFC 3279 2.3.1: for CA certificates conveying an RSA key, "this specification
 * RECOMMENDS that if keyCertSign or cRLSign is present, both keyEncipherment and
 * dataEncipherment SHOULD NOT be present." (zlint reports it as an error.)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, pass } from '../../lint/types.js';
import { isCA, isRsa } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { hasKeyUsageExtension, hasKu, keyUsageNames } from '../util/keys_validity.js';

const ENCIPHERMENT = [KeyUsageBit.keyEncipherment, KeyUsageBit.dataEncipherment];

export const lint: CertificateLint = {
  name: 'e_rsa_allowed_ku_no_encipherment_ca',
  description:
    'CA certificates with RSA keys asserting keyCertSign or cRLSign should not assert keyEncipherment or dataEncipherment',
  citation: 'RFC 3279: 2.3.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3279,
  target: 'certificate',
  appliesTo: (cert) => isRsa(cert) && hasKeyUsageExtension(cert) && isCA(cert),
  run: (cert) => {
    if (!hasKu(cert, KeyUsageBit.keyCertSign) && !hasKu(cert, KeyUsageBit.cRLSign)) return pass;
    const bad = keyUsageNames(cert, ENCIPHERMENT);
    return check(bad.length === 0, `keyCertSign or cRLSign together with ${bad.join(', ')}`);
  },
};
