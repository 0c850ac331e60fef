/*
 * RFC 5280 4.2.1.7: "Where present, conforming CAs SHOULD mark this extension
 * as non-critical."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasIan } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'w_ext_ian_critical',
  description: 'The issuerAltName extension should not be critical',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) =>
    check(cert.extensions.byOid.get(OID.issuerAltName)?.critical !== true, 'issuerAltName is critical'),
};
