/*
 * RFC 5280 Appendix A.1: "X520countryName ::= PrintableString (SIZE (2))". A
 * countryName in the issuer encoded as any other string type breaks the module.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { countryIsPrintableString } from '../util/dn_checks.js';

export const lint: CertificateLint = {
  name: 'e_issuer_dn_country_not_printable_string',
  description: 'An issuer countryName must be encoded as PrintableString',
  citation: 'RFC 5280: Appendix A',
  source: 'rfc',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  ...countryIsPrintableString('issuer'),
};
