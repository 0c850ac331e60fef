/*
 * BRs 7.1.2.10.5 (CA Certificate Certificate Policies), Policy Restricted: the
 * policies MUST include exactly one Reserved Certificate Policy Identifier (DV, OV, IV
 * or EV). A CA without anyPolicy is Policy Restricted. zlint can exempt
 * cross-certificates by configuration; Vigil has no such switch, so every subordinate
 * CA without anyPolicy is checked.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { policyOids } from '../util/br_profiles.js';

const RESERVED = new Set<string>([
  OID.brDomainValidated,
  OID.brOrganizationValidated,
  OID.brIndividualValidated,
  OID.evGuidelines,
]);

export const lint: CertificateLint = {
  name: 'e_ca_multiple_reserved_policy_oids',
  description:
    'A policy-restricted subordinate CA must assert exactly one CA/B Forum reserved policy identifier, not several (cross-certificates, which may carry several, are not told apart)',
  citation: 'BRs: 7.1.2.10.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubCA(cert) && !policyOids(cert).includes(OID.anyPolicy),
  run: (cert) => {
    const reserved = policyOids(cert).filter((p) => RESERVED.has(p));
    return check(reserved.length <= 1, `several reserved policy identifiers: ${reserved.join(', ')}`);
  },
};
