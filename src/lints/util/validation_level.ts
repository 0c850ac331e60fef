/**
 * Factories for the lints on the subject attributes that a validation-level
 * policy requires or forbids in subscriber certificates: DV, OV and IV (BR
 * 7.1.6.4, 7.1.2.7 from 2.0.0) and EV (EVG 9.2). Each returns the appliesTo and
 * run of one lint, so the lint file keeps its rule text and metadata and names
 * only the attribute. The scopes (not a CA, or a subscriber) are zlint's.
 */
import { type CertificateLint, check } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';
import { isCA, isDV, isEV, isIV, isOV, isSubscriber } from '../../x509/classify.js';
import { hasAttribute, type Name } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

type Attribute = keyof typeof OID;

const ASSERTS = { OV: isOV, IV: isIV } as const;

/** DV: the subject MUST NOT include the attribute. */
export function dvConflictsWith(attribute: Attribute): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: (cert) => isDV(cert) && !isCA(cert),
    run: (cert) =>
      check(!hasAttribute(cert.subject, OID[attribute]), `DV certificate subject includes ${attribute}`),
  };
}

/** OV or IV: the subject MUST include the attribute. */
export function levelRequires(
  level: 'OV' | 'IV',
  attribute: Attribute,
): Pick<CertificateLint, 'appliesTo' | 'run'> {
  const asserts = ASSERTS[level];
  return {
    appliesTo: (cert) => asserts(cert) && !isCA(cert),
    run: (cert) =>
      check(hasAttribute(cert.subject, OID[attribute]), `${level} certificate subject lacks ${attribute}`),
  };
}

/** OV or IV: the subject MUST include localityName, stateOrProvinceName or both. */
export function levelRequiresLocalityOrProvince(
  level: 'OV' | 'IV',
): Pick<CertificateLint, 'appliesTo' | 'run'> {
  const asserts = ASSERTS[level];
  return {
    appliesTo: (cert) => asserts(cert) && isSubscriber(cert),
    run: (cert) =>
      check(
        hasLocalityOrProvince(cert.subject),
        `${level} certificate subject has neither localityName nor stateOrProvinceName`,
      ),
  };
}

export const isEvSubscriber = (cert: Certificate): boolean => isEV(cert) && isSubscriber(cert);

/** EV: the subject of a subscriber certificate MUST include the attribute. */
export function evRequires(attribute: Attribute): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: isEvSubscriber,
    run: (cert) => check(hasAttribute(cert.subject, OID[attribute]), `subject:${attribute} is missing`),
  };
}

export function hasLocalityOrProvince(name: Name): boolean {
  return hasAttribute(name, OID.localityName) || hasAttribute(name, OID.stateOrProvinceName);
}
