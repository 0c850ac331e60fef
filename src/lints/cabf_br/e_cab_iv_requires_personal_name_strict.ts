/*
 * BRs 7.1.2.7.3 (Individual Validated, policy 2.23.140.1.2.3): the subject's
 * surname and givenName are both "MUST" attributes, verified per 3.2.3.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isCA, isIV } from '../../x509/classify.js';
import { hasAttribute } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

export const lint: CertificateLint = {
  name: 'e_cab_iv_requires_personal_name_strict',
  description:
    'Individual Validated certificates (policy 2.23.140.1.2.3) must include both givenName and surname',
  citation: 'BRs: 7.1.2.7.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isIV(cert) && !isCA(cert),
  run: (cert) => {
    const gn = hasAttribute(cert.subject, OID.givenName);
    const sn = hasAttribute(cert.subject, OID.surname);
    if (gn && sn) return pass;
    return fail(
      `IV certificate subject lacks ${gn ? 'surname' : sn ? 'givenName' : 'givenName and surname'}`,
    );
  },
};
