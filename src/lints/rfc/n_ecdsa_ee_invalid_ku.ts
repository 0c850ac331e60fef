/*
 * RFC 5480 3: "If the keyUsage extension is present in an End Entity (EE)
 * certificate that indicates id-ecPublicKey in SubjectPublicKeyInfo, then any
 * combination of the following values MAY be present: digitalSignature;
 * nonRepudiation; and keyAgreement. If the keyAgreement value is present, then
 * either of the following values MAY be present: encipherOnly; and decipherOnly."
 *
 * zlint reports encipherOnly and decipherOnly even beside keyAgreement, and
 * dates the rule from the BRs (2012); Vigil follows RFC 5480 on both points.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEcdsa, isSubscriber } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { hasKeyUsageExtension, hasKu, keyUsageNames } from '../util/keys_validity.js';

const ALWAYS_UNEXPECTED = [
  KeyUsageBit.keyEncipherment,
  KeyUsageBit.dataEncipherment,
  KeyUsageBit.keyCertSign,
  KeyUsageBit.cRLSign,
];
const WITHOUT_KEY_AGREEMENT = [...ALWAYS_UNEXPECTED, KeyUsageBit.encipherOnly, KeyUsageBit.decipherOnly];

export const lint: CertificateLint = {
  name: 'n_ecdsa_ee_invalid_ku',
  description:
    'ECDSA end-entity certificates may assert only digitalSignature, nonRepudiation and keyAgreement, plus encipherOnly or decipherOnly beside keyAgreement (which zlint reports); dated from RFC 5480, not the BRs',
  citation: 'RFC 5480: 3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5480,
  target: 'certificate',
  appliesTo: (cert) => isEcdsa(cert) && isSubscriber(cert) && hasKeyUsageExtension(cert),
  run: (cert) => {
    const bad = keyUsageNames(
      cert,
      hasKu(cert, KeyUsageBit.keyAgreement) ? ALWAYS_UNEXPECTED : WITHOUT_KEY_AGREEMENT,
    );
    return check(bad.length === 0, `unexpected key usages for an ECDSA end-entity key: ${bad.join(', ')}`);
  },
};
