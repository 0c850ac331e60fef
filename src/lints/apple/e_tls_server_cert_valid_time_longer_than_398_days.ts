/*
 * Apple Root Certificate Program (support.apple.com HT211025): "TLS server
 * certificates issued on or after September 1, 2020 00:00 GMT/UTC must not have
 * a validity period greater than 398 days." "We recommend that certificates be
 * issued with a maximum validity of 397 days." The validity period runs from
 * notBefore through notAfter inclusive (RFC 5280 4.1.2.5).
 */

import { RuleDate } from '../../lint/dates.js';
import type { CertificateLint } from '../../lint/types.js';
import { isCA, isServerAuth } from '../../x509/classify.js';
import { validityAtMostDays } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_tls_server_cert_valid_time_longer_than_398_days',
  description:
    'TLS server certificates issued from 1 September 2020 must not have a validity period greater than 398 days',
  citation: 'Apple Root Certificate Program: HT211025',
  source: 'apple',
  effectiveDate: RuleDate.subscriber398Days,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && !isCA(cert),
  run: (cert) => validityAtMostDays(cert, 398),
};
