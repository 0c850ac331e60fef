/*
 * RFC 5280 4.1 and 4.2: "extnValue ... is an OCTET STRING ... [which] contains
 * the DER encoding of an ASN.1 value corresponding to the extension type".
 * Known extensions must decode as their type; any other must at least be one
 * well-formed DER object. In DER a field equal to its DEFAULT is omitted
 * (X.690 11.5), so `critical` encoded as FALSE is not DER either.
 */
import { DerError } from '../../der/error.js';
import { validateDer } from '../../der/validate.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isDecodedExtension } from '../../x509/extensions.js';
import { oidName } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_cert_ext_invalid_der',
  description: 'Every extension value must be the DER encoding of its type',
  citation: 'RFC 5280: 4.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.list.length > 0,
  run: (cert) => {
    const bad = cert.extensions.malformed.map((m) => `${oidName(m.oid)}: ${m.reason}`);
    for (const ext of cert.extensions.list) {
      if (ext.criticalFalseEncoded)
        bad.push(`${oidName(ext.oid)}: critical FALSE encoded although it is the DEFAULT`);
      if (isDecodedExtension(ext.oid)) continue;
      try {
        validateDer(ext.value);
      } catch (e) {
        if (!(e instanceof DerError)) throw e;
        bad.push(`${oidName(ext.oid)}: ${e.reason}`);
      }
    }
    return check(bad.length === 0, bad.join('; '));
  },
};
