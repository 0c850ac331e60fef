/*
 * RFC 5280 4.2.1.7: the issuerAltName is encoded as in 4.2.1.6: "the sequence
 * MUST contain at least one entry."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasIan, isEmptySequence } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_ian_no_entries',
  description: 'An issuerAltName extension must contain at least one entry',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) => {
    const ext = cert.extensions.byOid.get(OID.issuerAltName);
    return check(ext !== undefined && !isEmptySequence(ext.value), 'issuerAltName has no entries');
  },
};
