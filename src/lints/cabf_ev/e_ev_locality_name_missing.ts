/*
 * EV Guidelines 9.2.6 (EVG 2.0: 7.1.4.2.6), Subject Physical Address of Place of
 * Business: the address fields are Required/Optional "as stated in Section
 * 7.1.4.2.2 d, e, f, g and h of the Baseline Requirements", whose (e) makes
 * subject:localityName Required if subject:stateOrProvinceName is absent.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { hasLocalityOrProvince, isEvSubscriber } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_ev_locality_name_missing',
  description:
    'EV subscriber certificates must include subject:localityName unless subject:stateOrProvinceName is present. ' +
    "zlint v1/v2 required localityName unconditionally and v3 dropped the lint; this follows the EVG's reference to BR 7.1.4.2.2(e).",
  citation: 'EVGs: 9.2.6; BRs: 7.1.4.2.2',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: isEvSubscriber,
  run: (cert) =>
    check(
      hasLocalityOrProvince(cert.subject),
      'subject:localityName is missing and no subject:stateOrProvinceName is present',
    ),
};
