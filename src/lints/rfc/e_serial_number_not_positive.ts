/*
 * RFC 5280 4.1.2.2: "The serial number MUST be a positive integer assigned by
 * the CA to each certificate ... CAs MUST force the serialNumber to be a
 * non-negative integer."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_serial_number_not_positive',
  description: 'The serial number must be positive',
  citation: 'RFC 5280: 4.1.2.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const { bytes, negative } = cert.serial;
    const zero = bytes.every((b) => b === 0);
    return check(!negative && !zero, negative ? 'serialNumber is negative' : 'serialNumber is zero');
  },
};
