/*
 * BRs 7.1.2.7.6 (earlier 7.1.4.2.1): for Subscriber Certificates the
 * subjectAltName extension is required (MUST be present). As zlint, every
 * certificate that is not a CA certificate is checked.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { hasSan } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_missing',
  description: 'Certificates that are not CA certificates must contain the subjectAltName extension',
  citation: 'BRs: 7.1.2.7.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && !isCA(cert),
  run: (cert) => check(hasSan(cert), 'no subjectAltName extension'),
};
