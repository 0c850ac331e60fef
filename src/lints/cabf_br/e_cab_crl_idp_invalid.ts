/*
 * BR 7.2.2.1 (Ballot SC63, BR 2.0.1), CRL Issuing Distribution Point: the
 * distributionPoint field MUST be present with a fullName of
 * uniformResourceIdentifiers only ("Non-uniformResourceIdentifier GeneralName
 * types MUST NOT be included"); indirectCRL and onlyContainsAttributeCerts
 * MUST NOT be asserted; "The CA MUST NOT assert both of the
 * onlyContainsUserCerts and onlyContainsCACerts fields."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check, fail } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { issuingDistributionPoint } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_cab_crl_idp_invalid',
  description:
    'The issuingDistributionPoint of a CRL must name the CRL by URIs in fullName and assert neither indirectCRL, onlyContainsAttributeCerts nor both scopes',
  citation: 'BRs: 7.2.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc63CrlRequired,
  target: 'crl',
  appliesTo: (crl) => crl.extensions.byOid.has(OID.issuingDistributionPoint),
  run: (crl) => {
    const idp = issuingDistributionPoint(crl);
    if (idp === undefined || idp === 'malformed')
      return fail('the issuingDistributionPoint extension cannot be decoded');
    const problems: string[] = [];
    if (!idp.hasDistributionPoint) problems.push('distributionPoint is absent');
    else if (!idp.fullName) problems.push('distributionPoint is not a fullName');
    else if (idp.fullName.length === 0) problems.push('fullName is empty');
    else if (idp.fullName.some((n) => n.tag !== 6)) problems.push('fullName has non-URI names');
    if (idp.indirectCRL) problems.push('indirectCRL is asserted');
    if (idp.onlyContainsAttributeCerts) problems.push('onlyContainsAttributeCerts is asserted');
    if (idp.onlyContainsUserCerts && idp.onlyContainsCACerts)
      problems.push('both onlyContainsUserCerts and onlyContainsCACerts are asserted');
    return check(problems.length === 0, problems.join('; '));
  },
};
