/**
 * Factories for the lints of BR 7.1.4.2.2 on the subject fields whose presence
 * hangs on organizationName, givenName or surname: countryName, and
 * localityName or stateOrProvinceName, are required with one of those; the
 * address fields are prohibited without. Each returns the appliesTo and run of
 * one lint over subscriber certificates.
 */
import { type CertificateLint, check } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasOrgOrPersonalName, hasValue } from './subject_presence.js';

type Attribute = keyof typeof OID;

/**
 * Required if organizationName, givenName or surname is present (and, when an
 * alternative is named, that alternative is absent).
 */
export function requiredWithOrgOrPerson(
  attribute: Attribute,
  alternative?: Attribute,
): Pick<CertificateLint, 'appliesTo' | 'run'> {
  const missing = alternative === undefined ? `no ${attribute}` : `neither ${attribute} nor ${alternative}`;
  return {
    appliesTo: isSubscriber,
    run: (cert) => {
      const s = cert.subject;
      return check(
        !hasOrgOrPersonalName(s) ||
          hasValue(s, OID[attribute]) ||
          (alternative !== undefined && hasValue(s, OID[alternative])),
        `subject names an organization or person but has ${missing}`,
      );
    },
  };
}

/** Prohibited if organizationName, givenName and surname are all absent. */
export function prohibitedWithoutOrgOrPerson(
  attribute: Attribute,
): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: isSubscriber,
    run: (cert) =>
      check(
        hasOrgOrPersonalName(cert.subject) || !hasValue(cert.subject, OID[attribute]),
        `subject has ${attribute} but no organizationName, givenName or surname`,
      ),
  };
}
