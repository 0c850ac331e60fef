/*
 * BR 4.9.7 (13.2.2 in BR 1.0): for the status of Subscriber Certificates, "the
 * value of the nextUpdate field MUST NOT be more than ten days beyond the value
 * of the thisUpdate field". Mozilla Root Store Policy 6: "For end entity
 * certificates, CRLs MUST be updated and reissued at least every seven days,
 * and the value of the nextUpdate field MUST NOT be more than ten days beyond
 * the value of the thisUpdate field." A CRL is an end-entity CRL unless its
 * IssuingDistributionPoint asserts onlyContainsCACerts.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { addDays, issuingDistributionPoint } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_crl_validity_period_too_long',
  description:
    'An end-entity CRL (no IDP onlyContainsCACerts) must have nextUpdate at most 10 days after thisUpdate; ' +
    'the BR rule dates from BR 1.0, before e_crl_next_update_invalid (BR 1.8.7) takes over the same check',
  citation: 'BRs: 4.9.7; Mozilla Root Store Policy: 6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'crl',
  appliesTo: (crl) => {
    const idp = issuingDistributionPoint(crl);
    return crl.nextUpdate !== undefined && !(idp !== 'malformed' && idp?.onlyContainsCACerts === true);
  },
  run: (crl) =>
    check(
      (crl.nextUpdate?.ms ?? 0) <= addDays(crl.thisUpdate.ms, 10),
      `nextUpdate (${crl.nextUpdate?.text}) is more than 10 days after thisUpdate (${crl.thisUpdate.text})`,
    ),
};
