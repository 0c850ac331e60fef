/*
 * BR 4.9.7 (1.8.7), then 7.2 / 4.9.7 (2.0): for CRLs covering Subscriber
 * Certificates nextUpdate is at most ten days after thisUpdate; for CRLs
 * covering CA Certificates at most twelve months. A CRL is taken to cover
 * subscriber certificates unless its IssuingDistributionPoint asserts
 * onlyContainsCACerts; one asserting both scopes breaks BR 7.2.2.1.
 */

import { addMonths, RuleDate } from '../../lint/dates.js';
import { check, type CrlLint, fail } from '../../lint/types.js';
import { addDays, issuingDistributionPoint } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_crl_next_update_invalid',
  description:
    'nextUpdate must be at most 10 days (subscriber CRLs) or 12 months (CA CRLs, by IDP onlyContainsCACerts) after thisUpdate',
  citation: 'BRs: 4.9.7, 7.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc61CrlReasons,
  target: 'crl',
  appliesTo: (crl) => crl.nextUpdate !== undefined,
  run: (crl) => {
    const idp = issuingDistributionPoint(crl);
    if (idp === 'malformed') return fail('the issuingDistributionPoint extension cannot be decoded');
    if (idp?.onlyContainsCACerts && idp.onlyContainsUserCerts)
      return fail('issuingDistributionPoint asserts both onlyContainsUserCerts and onlyContainsCACerts');
    const next = crl.nextUpdate?.ms ?? 0;
    if (idp?.onlyContainsCACerts)
      return check(
        next <= addMonths(crl.thisUpdate.ms, 12),
        'CRL covering CA certificates: nextUpdate is more than 12 months after thisUpdate',
      );
    return check(
      next <= addDays(crl.thisUpdate.ms, 10),
      'CRL covering subscriber certificates: nextUpdate is more than 10 days after thisUpdate',
    );
  },
};
