/*
 * RFC 5280 5.2.5: "The issuing distribution point is a critical CRL
 * extension"; BR 7.2.2 (CRL Extensions table) also requires it critical. A
 * CRL whose scope is narrower than all certificates of the CA (a partitioned
 * CRL) is recognisable only through this extension, so a non-critical one lets
 * relying parties take a partial CRL for a complete one.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';

export const lint: CrlLint = {
  name: 'e_crl_idp_not_critical',
  description: 'The issuingDistributionPoint CRL extension must be marked critical',
  citation: 'RFC 5280: 5.2.5; BRs: 7.2.2',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: (crl) => crl.extensions.byOid.has(OID.issuingDistributionPoint),
  run: (crl) =>
    check(
      crl.extensions.byOid.get(OID.issuingDistributionPoint)?.critical === true,
      'issuingDistributionPoint is not marked critical',
    ),
};
