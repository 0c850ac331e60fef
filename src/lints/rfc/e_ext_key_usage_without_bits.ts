/*
 * RFC 5280 4.2.1.3: "When the keyUsage extension appears in a certificate, at
 * least one of the bits MUST be set to 1."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_key_usage_without_bits',
  description: 'A keyUsage extension must set at least one bit',
  citation: 'RFC 5280: 4.2.1.3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.keyUsage),
  run: (cert) => {
    const ku = cert.extensions.keyUsage;
    if (!ku) return notApplicable;
    return check(ku.set.length > 0, 'keyUsage sets no bit');
  },
};
