/*
 * AWS Labs certlint: certificates should not put several attributes in one
 * issuer RelativeDistinguishedName; a multi-valued RDN (e.g. "CN=a+O=b") is
 * displayed and compared inconsistently by path builders.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { oneAttributePerRdn } from '../util/dn_checks.js';

export const lint: CertificateLint = {
  name: 'w_multiple_issuer_rdn',
  description: 'An issuer RelativeDistinguishedName should hold only one attribute',
  citation: 'AWS Labs certlint',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  ...oneAttributePerRdn('issuer'),
};
