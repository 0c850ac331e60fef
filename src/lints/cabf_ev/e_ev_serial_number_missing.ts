/*
 * EV Guidelines 9.2.5 (EVG 2.0: 7.1.4.2.5), Subject Registration Number Field:
 * subject:serialNumber (OID 2.5.4.5) is Required in EV Certificates issued to
 * Subscribers; it holds the Registration Number, or for Government Entities
 * without one, the date of creation or "Government Entity".
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { nonEmpty } from '../util/ev_crl.js';
import { isEvSubscriber } from '../util/validation_level.js';

export const lint: CertificateLint = {
  name: 'e_ev_serial_number_missing',
  description:
    'EV subscriber certificates must include a non-empty subject:serialNumber (Registration Number)',
  citation: 'EVGs: 9.2.5',
  source: 'cabf_ev',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: isEvSubscriber,
  run: (cert) =>
    check(nonEmpty(cert, OID.serialNumber).length > 0, 'subject:serialNumber is missing or empty'),
};
