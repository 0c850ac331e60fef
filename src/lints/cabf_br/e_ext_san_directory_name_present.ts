/*
 * BRs 7.1.2.7.12 (earlier 7.1.4.2.1): each subjectAltName entry "MUST be either a
 * dNSName ... or an iPAddress"; a directoryName entry is not permitted.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { sanHasNo } from '../util/name_forms.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_directory_name_present',
  description: 'The subjectAltName must contain only dNSName and iPAddress entries, not directoryName',
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  ...sanHasNo('directoryName'),
};
