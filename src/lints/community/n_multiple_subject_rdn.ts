/*
 * AWS Labs certlint: certificates typically put one attribute in each subject
 * RelativeDistinguishedName; a multi-valued RDN (e.g. "CN=a+O=b") is unusual,
 * is displayed and compared inconsistently, and may be an error.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { oneAttributePerRdn } from '../util/dn_checks.js';

export const lint: CertificateLint = {
  name: 'n_multiple_subject_rdn',
  description: 'A subject RelativeDistinguishedName holds more than one attribute, which may be an error',
  citation: 'AWS Labs certlint',
  source: 'community',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  ...oneAttributePerRdn('subject'),
};
