/*
 * RFC 5280 4.1.2.9: the extensions field "MUST only appear if the version is 3
 * (Section 4.1.2.1)"; 4.1.2.1: "When extensions are used, as expected in this
 * profile, version MUST be 3 (value is 2)."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';

export const lint: CertificateLint = {
  name: 'e_cert_extensions_version_not_3',
  description: 'Extensions may only appear in version 3 certificates',
  citation: 'RFC 5280: 4.1.2.9',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) =>
    check(
      cert.version === 3 || cert.extensions.list.length === 0,
      `extensions in a version ${cert.version} certificate`,
    ),
};
