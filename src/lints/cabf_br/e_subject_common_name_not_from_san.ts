/*
 * BRs 7.1.4.2.2 (before 2.0.0): "If present, this field MUST contain a single
 * IP address or Fully-Qualified Domain Name that is one of the values
 * contained in the Certificate's subjectAltName extension." Case-insensitive,
 * as zlint compares; BR 2.0.0 tightened it to a byte-for-byte copy.
 */
import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { commonNameFromSan } from '../util/san.js';

export const lint: CertificateLint = {
  name: 'e_subject_common_name_not_from_san',
  description: 'Subject commonName must be one of the subjectAltName values (ASCII case ignored)',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  ineffectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  ...commonNameFromSan('ignoreCase'),
};
