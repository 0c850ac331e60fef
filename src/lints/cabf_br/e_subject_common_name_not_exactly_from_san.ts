/*
 * BRs 7.1.2.7.2 (Domain Validated) and 7.1.4.3: if present, the commonName
 * "MUST contain exactly one entry that is one of the values contained in the
 * Certificate's subjectAltName extension", encoded as a byte-for-byte copy of
 * a dNSName, or the textual form of an iPAddress (RFC 5952 for IPv6).
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { commonNameFromSan } from '../util/san.js';

export const lint: CertificateLint = {
  name: 'e_subject_common_name_not_exactly_from_san',
  description:
    'Each subject commonName must be a byte-for-byte copy of a dNSName or the text of an iPAddress in the subjectAltName',
  citation: 'BRs: 7.1.4.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  ...commonNameFromSan('exact'),
};
