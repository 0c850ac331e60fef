/*
 * RFC 5280 5.2.3: the CRL number is a non-critical extension that conveys a
 * monotonically increasing sequence number; "CRL issuers conforming to this
 * profile MUST include this extension in all CRLs."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';

export const lint: CrlLint = {
  name: 'e_crl_missing_crl_number',
  description: 'CRLs must include the cRLNumber extension',
  citation: 'RFC 5280: 5.2.3',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: () => true,
  run: (crl) => check(crl.extensions.byOid.has(OID.crlNumber), 'the CRL lacks the cRLNumber extension'),
};
