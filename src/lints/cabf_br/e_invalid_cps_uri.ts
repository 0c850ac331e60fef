/*
 * BRs 7.1.2.3.2 / 7.1.2.7.9 / 7.1.2.10.5 (policy qualifiers): the id-qt-cps
 * qualifier holds "The HTTP or HTTPS URL for the Issuing CA's Certification Practice
 * Statement, Relying Party Agreement, or other pointer to online policy information
 * provided by the Issuing CA."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension, urlScheme } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'e_invalid_cps_uri',
  description: 'Every CPS URI policy qualifier must be an http:// or https:// URL',
  citation: 'BRs: 7.1.2.7.9',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && hasExtension(cert, OID.certificatePolicies),
  run: (cert) => {
    for (const policy of cert.extensions.certificatePolicies ?? []) {
      for (const q of policy.qualifiers) {
        if (q.oid !== OID.cps) continue;
        const uri = q.cpsUri?.value ?? '';
        const scheme = urlScheme(uri);
        if (scheme !== 'http' && scheme !== 'https')
          return fail(`CPS URI '${uri}' is not an HTTP or HTTPS URL`);
      }
    }
    return pass;
  },
};
