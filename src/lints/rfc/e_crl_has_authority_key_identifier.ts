/*
 * RFC 5280 5.2.1: "Conforming CRL issuers MUST use the key identifier method,
 * and MUST include this [authority key identifier] extension in all CRLs
 * issued."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';

export const lint: CrlLint = {
  name: 'e_crl_has_authority_key_identifier',
  description: 'CRLs must include the authorityKeyIdentifier extension',
  citation: 'RFC 5280: 5.2.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: () => true,
  run: (crl) =>
    check(
      crl.extensions.byOid.has(OID.authorityKeyIdentifier),
      'the CRL lacks the authorityKeyIdentifier extension',
    ),
};
