/*
 * RFC 5280 4.2.1.12: "Conforming CAs SHOULD NOT mark this extension as
 * critical if the anyExtendedKeyUsage KeyPurposeId is present."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { hasEku } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExt, isCriticalExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'w_eku_critical_improperly',
  description: 'The extKeyUsage extension should not be critical when it contains anyExtendedKeyUsage',
  citation: 'RFC 5280: 4.2.1.12',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.extKeyUsage),
  run: (cert) =>
    check(
      !(isCriticalExt(cert, OID.extKeyUsage) && hasEku(cert, OID.anyExtendedKeyUsage)),
      'extKeyUsage is critical and contains anyExtendedKeyUsage',
    ),
};
