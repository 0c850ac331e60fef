/**
 * The factory for the BR lints requiring each subject commonName of a
 * subscriber certificate to be one of its subjectAltName values: before BR
 * 2.0.0 ignoring ASCII case, as zlint compares (7.1.4.2.2), from 2.0.0 a
 * byte-for-byte copy (7.1.4.3). An iPAddress matches its textual form.
 */
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import type { GeneralName } from '../../x509/generalName.js';
import { bytesEqual, parseIp } from '../../x509/ip.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

type Match = 'exact' | 'ignoreCase';

export function commonNameFromSan(match: Match): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: (cert) => isSubscriber(cert) && attributeValues(cert.subject, OID.commonName).length > 0,
    run: (cert) => {
      const san = cert.extensions.subjectAltName;
      if (!san) return notApplicable;
      const missing = attributeValues(cert.subject, OID.commonName).filter(
        (cn) => !commonNameInSan(cn, san, match),
      );
      return check(missing.length === 0, `commonName not in subjectAltName: ${missing.join(', ')}`);
    },
  };
}

/** Whether a commonName appears among the SAN entries as a dNSName or as the text of an iPAddress. */
function commonNameInSan(cn: string, san: readonly GeneralName[], match: Match): boolean {
  const ip = parseIp(cn);
  const lower = cn.toLowerCase();
  return san.some((n) => {
    // A dNSName is octets, which lower-case to as many characters: only one as long as `lower` can match.
    if (n.tag === 2)
      return match === 'exact'
        ? n.value === cn
        : n.value.length === lower.length && n.value.toLowerCase() === lower;
    if (n.tag === 7) return ip !== undefined && bytesEqual(n.bytes, ip);
    return false;
  });
}
