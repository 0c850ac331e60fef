/*
 * RFC 5280 4.2: "A certificate MUST NOT include more than one instance of a
 * particular extension."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { oidName } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_ext_duplicate_extension',
  description: 'A certificate must not include more than one instance of an extension',
  citation: 'RFC 5280: 4.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => cert.version === 3,
  run: (cert) => {
    const dup = cert.extensions.duplicates;
    if (dup.length === 0) return pass;
    return fail(`duplicated extensions: ${[...new Set(dup)].map(oidName).join(', ')}`);
  },
};
