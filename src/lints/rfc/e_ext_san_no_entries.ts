/*
 * RFC 5280 4.2.1.6: "If the subjectAltName extension is present, the sequence
 * MUST contain at least one entry."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasSan, isEmptySequence } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_no_entries',
  description: 'A subjectAltName extension must contain at least one entry',
  citation: 'RFC 5280: 4.2.1.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasSan,
  run: (cert) => {
    const ext = cert.extensions.byOid.get(OID.subjectAltName);
    return check(ext !== undefined && !isEmptySequence(ext.value), 'subjectAltName has no entries');
  },
};
