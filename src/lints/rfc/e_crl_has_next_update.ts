/*
 * RFC 5280 5.1.2.5: "Conforming CRL issuers MUST include the nextUpdate field
 * in all CRLs."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';

export const lint: CrlLint = {
  name: 'e_crl_has_next_update',
  description: 'CRLs must include the nextUpdate field',
  citation: 'RFC 5280: 5.1.2.5',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: () => true,
  run: (crl) => check(crl.nextUpdate !== undefined, 'the CRL has no nextUpdate'),
};
