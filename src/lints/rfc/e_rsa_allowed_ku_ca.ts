/*
 * RFC 3279 2.3.1: "If the keyUsage extension is present in a CA or CRL issuer
 * certificate which conveys an RSA public key, any combination of the
 * following values MAY be present: digitalSignature; nonRepudiation;
 * keyEncipherment; dataEncipherment; keyCertSign; and cRLSign."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isRsa } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { hasKeyUsageExtension, keyUsageNames } from '../util/keys_validity.js';

const FORBIDDEN = [KeyUsageBit.keyAgreement, KeyUsageBit.encipherOnly, KeyUsageBit.decipherOnly];

export const lint: CertificateLint = {
  name: 'e_rsa_allowed_ku_ca',
  description:
    'CA certificates with RSA keys may assert only digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyCertSign and cRLSign',
  citation: 'RFC 3279: 2.3.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3279,
  target: 'certificate',
  appliesTo: (cert) => isRsa(cert) && hasKeyUsageExtension(cert) && isCA(cert),
  run: (cert) => {
    const bad = keyUsageNames(cert, FORBIDDEN);
    return check(bad.length === 0, `key usages not permitted for a CA RSA key: ${bad.join(', ')}`);
  },
};
