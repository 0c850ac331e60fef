/*
 * RFC 8813 3 (updating RFC 5480 3): "If the keyUsage extension is present in a
 * certificate that indicates id-ecPublicKey in SubjectPublicKeyInfo, then the
 * following values MUST NOT be present: keyEncipherment; and dataEncipherment."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEcdsa } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { hasKeyUsageExtension, keyUsageNames } from '../util/keys_validity.js';

const FORBIDDEN = [KeyUsageBit.keyEncipherment, KeyUsageBit.dataEncipherment];

export const lint: CertificateLint = {
  name: 'e_ecdsa_allowed_ku',
  description: 'keyEncipherment and dataEncipherment must not be set for ECDSA keys',
  citation: 'RFC 8813: 3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc8813,
  target: 'certificate',
  appliesTo: (cert) => isEcdsa(cert) && hasKeyUsageExtension(cert),
  run: (cert) => {
    const bad = keyUsageNames(cert, FORBIDDEN);
    return check(bad.length === 0, `key usages not permitted for ECDSA keys: ${bad.join(', ')}`);
  },
};
