/*
 * RFC 5280 4.2.1.9: "If the cA boolean is not asserted, then the keyCertSign
 * bit in the key usage extension MUST NOT be asserted." (4.2.1.3: keyCertSign
 * "MUST" be asserted only with cA.)
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_key_usage_cert_sign_without_ca',
  description: 'keyCertSign may only be asserted when basicConstraints asserts cA',
  citation: 'RFC 5280: 4.2.1.3 & 4.2.1.9',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.keyUsage),
  run: (cert) =>
    check(
      !cert.extensions.keyUsage?.has(KeyUsageBit.keyCertSign) || isCA(cert),
      'keyCertSign is asserted but cA is not',
    ),
};
