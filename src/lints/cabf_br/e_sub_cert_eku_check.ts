/*
 * BRs 7.1.2.7.10 (Subscriber Certificate Extended Key Usage): id-kp-serverAuth MUST
 * be present; id-kp-clientAuth MAY be present; id-kp-emailProtection, id-kp-codeSigning,
 * id-kp-OCSPSigning, id-kp-timeStamping, anyExtendedKeyUsage and the Precertificate
 * Signing Certificate purpose (1.3.6.1.4.1.11129.2.4.4) MUST NOT be present; any other
 * value is NOT RECOMMENDED. zlint reports that last case as a warning from this error
 * lint; Vigil derives severity from the name, so here it passes and
 * w_sub_cert_eku_extra_values reports extra values. Besides serverAuth-capable
 * certificates, it applies to any subscriber certificate asserting a CA/B Forum TLS
 * policy identifier (a clientAuth-only certificate claiming BR compliance fails), as
 * zlint's tests expect.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { knownEkus, unknownEkus } from '../../x509/ekus.js';
import { OID, oidName } from '../../x509/oids.js';
import { hasExtension, policyOids } from '../util/br_profiles.js';

const FORBIDDEN: ReadonlySet<string> = new Set([
  OID.anyExtendedKeyUsage,
  OID.codeSigning,
  OID.timeStamping,
  OID.ocspSigning,
  OID.emailProtection,
]);

/** Reserved CA/B Forum TLS policy identifiers: asserting one makes a certificate a TLS certificate. */
const TLS_POLICIES: ReadonlySet<string> = new Set([
  OID.brDomainValidated,
  OID.brOrganizationValidated,
  OID.brIndividualValidated,
  OID.evGuidelines,
]);

export const lint: CertificateLint = {
  name: 'e_sub_cert_eku_check',
  description:
    'A subscriber extKeyUsage must contain serverAuth and none of emailProtection, codeSigning, OCSPSigning, timeStamping, anyExtendedKeyUsage or precertificate signing (other extra values pass here; zlint warns)',
  citation: 'BRs: 7.1.2.7.10',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) =>
    isSubscriber(cert) &&
    hasExtension(cert, OID.extKeyUsage) &&
    (isServerAuth(cert) || policyOids(cert).some((p) => TLS_POLICIES.has(p))),
  run: (cert) => {
    const ekus = knownEkus(cert);
    const bad = ekus.find((e) => FORBIDDEN.has(e));
    if (bad !== undefined) return fail(`${oidName(bad)} must not be present`);
    if (!ekus.includes(OID.serverAuth)) return fail('serverAuth must be present');
    if (unknownEkus(cert).includes(OID.precertificateSigning))
      return fail('precertificateSigning must not be present');
    return pass;
  },
};
