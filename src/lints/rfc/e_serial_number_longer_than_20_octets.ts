/*
 * RFC 5280 4.1.2.2: "Certificate users MUST be able to handle serialNumber
 * values up to 20 octets. Conforming CAs MUST NOT use serialNumber values
 * longer than 20 octets." Counted as zlint does: the content octets of the
 * DER INTEGER, so a 20-octet value with its high bit set (21 octets with the
 * sign octet) fails.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_serial_number_longer_than_20_octets',
  description: 'The DER-encoded serial number must be at most 20 octets',
  citation: 'RFC 5280: 4.1.2.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) =>
    check(cert.serial.bytes.length <= 20, `serialNumber is ${cert.serial.bytes.length} octets long`),
};
