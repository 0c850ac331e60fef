/**
 * The factory for the RFC 5280 4.2.1.5 lints on the policyMappings extension:
 * it decodes the pairs once, and the lint is NA when they do not decode
 * (malformed: e_cert_ext_invalid_der's concern), so each lint states only its test.
 */
import { type CertificateLint, notApplicable, type Outcome } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';
import { OID } from '../../x509/oids.js';
import { hasExt, policyMappings } from './rfc_extensions.js';

/** A test of the (issuerDomainPolicy, subjectDomainPolicy) pairs. */
export function policyMappingsCheck(
  test: (pairs: readonly [string, string][], cert: Certificate) => Outcome,
): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: (cert) => hasExt(cert, OID.policyMappings),
    run: (cert) => {
      const pairs = policyMappings(cert);
      return pairs ? test(pairs, cert) : notApplicable;
    },
  };
}
