/*
 * Mozilla Root Store Policy 5.2: CAs MUST NOT issue certificates that have
 * "incorrect extensions (e.g., ... authority key IDs that include both the key
 * ID and the issuer's issuer name and serial number)".
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_mp_authority_key_identifier_correct',
  description:
    "The authorityKeyIdentifier must not hold both a keyIdentifier and the issuer's issuer name and serial number",
  citation: 'Mozilla Root Store Policy: 5.2',
  source: 'mozilla',
  effectiveDate: RuleDate.mozilla22,
  target: 'certificate',
  appliesTo: (cert) => cert.extensions.byOid.has(OID.authorityKeyIdentifier),
  run: (cert) => {
    const aki = cert.extensions.authorityKeyIdentifier;
    if (!aki) return notApplicable;
    const keyId = (aki.keyIdentifier?.length ?? 0) > 0;
    const issuer = (aki.authorityCertIssuer?.length ?? 0) > 0;
    return check(!(keyId && issuer), 'authorityKeyIdentifier has both keyIdentifier and authorityCertIssuer');
  },
};
