/*
 * BRs 7.1.2.7.11 (Subscriber Certificate Key Usage), Table "Key Usage for ECC
 * Public Keys": digitalSignature MUST be set; keyAgreement is permitted (NOT
 * RECOMMENDED); nonRepudiation, keyEncipherment, dataEncipherment, keyCertSign,
 * cRLSign, encipherOnly and decipherOnly are not permitted.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isEcdsa, isSubscriber } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { hasKeyUsageExtension, hasKu, keyUsageNames } from '../util/keys_validity.js';

const PROHIBITED = [
  KeyUsageBit.nonRepudiation,
  KeyUsageBit.keyEncipherment,
  KeyUsageBit.dataEncipherment,
  KeyUsageBit.keyCertSign,
  KeyUsageBit.cRLSign,
  KeyUsageBit.encipherOnly,
  KeyUsageBit.decipherOnly,
];

export const lint: CertificateLint = {
  name: 'e_cabf_ecc_allowed_key_usages',
  description:
    'Subscriber certificates with ECC keys must assert digitalSignature and may add only keyAgreement (which is NOT RECOMMENDED; not reported by this error lint)',
  citation: 'BRs: 7.1.2.7.11',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isEcdsa(cert) && isSubscriber(cert) && hasKeyUsageExtension(cert),
  run: (cert) => {
    if (!hasKu(cert, KeyUsageBit.digitalSignature)) return fail('digitalSignature is not set');
    const bad = keyUsageNames(cert, PROHIBITED);
    return bad.length ? fail(`key usages not permitted for ECC keys: ${bad.join(', ')}`) : pass;
  },
};
