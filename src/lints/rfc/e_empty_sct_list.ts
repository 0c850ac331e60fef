/*
 * RFC 6962 3.3: the SignedCertificateTimestampList is
 * "opaque SerializedSCT<1..2^16-1>; struct { SerializedSCT sct_list <1..2^16-1>; }",
 * so "At least one SCT MUST be included."
 * Applies, as in zlint, to subscriber certificates that are not
 * precertificates; one without the extension passes.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, pass } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExt, sctListLength } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_empty_sct_list',
  description: 'The SignedCertificateTimestampList extension must contain at least one SCT',
  citation: 'RFC 6962: 3.3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc6962,
  target: 'certificate',
  appliesTo: (cert) => isSubscriber(cert) && !hasExt(cert, OID.ctPoison),
  run: (cert) => {
    const length = sctListLength(cert);
    if (length === undefined) return pass;
    return check(length > 0, length < 0 ? 'malformed SCT list' : 'the SCT list is empty');
  },
};
