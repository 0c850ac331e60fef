/*
 * RFC 3279 2.3.1: "If the keyUsage extension is present in an end entity
 * certificate which conveys an RSA public key, any combination of the following
 * values MAY be present: digitalSignature; nonRepudiation; keyEncipherment; and
 * dataEncipherment."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isRsa, isSubscriber } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { hasKeyUsageExtension, keyUsageNames } from '../util/keys_validity.js';

const FORBIDDEN = [
  KeyUsageBit.keyAgreement,
  KeyUsageBit.keyCertSign,
  KeyUsageBit.cRLSign,
  KeyUsageBit.encipherOnly,
  KeyUsageBit.decipherOnly,
];

export const lint: CertificateLint = {
  name: 'e_rsa_allowed_ku_ee',
  description:
    'End-entity certificates with RSA keys may assert only digitalSignature, nonRepudiation, keyEncipherment and dataEncipherment',
  citation: 'RFC 3279: 2.3.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3279,
  target: 'certificate',
  appliesTo: (cert) => isRsa(cert) && hasKeyUsageExtension(cert) && isSubscriber(cert),
  run: (cert) => {
    const bad = keyUsageNames(cert, FORBIDDEN);
    return check(bad.length === 0, `key usages not permitted for an end-entity RSA key: ${bad.join(', ')}`);
  },
};
