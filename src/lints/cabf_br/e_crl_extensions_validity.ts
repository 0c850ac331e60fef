/*
 * BR 7.2.2 (CRL Extensions table): authorityKeyIdentifier and CRLNumber are
 * present and not critical, IssuingDistributionPoint is critical when present,
 * and "Any other extension" is NOT RECOMMENDED.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, fail, failAs, pass } from '../../lint/types.js';
import { OID, oidName } from '../../x509/oids.js';

/** The extensions of the table, and whether each must be critical. */
const CRITICALITY: ReadonlyMap<string, boolean> = new Map([
  [OID.crlNumber, false],
  [OID.authorityKeyIdentifier, false],
  [OID.issuingDistributionPoint, true],
]);

export const lint: CrlLint = {
  name: 'e_crl_extensions_validity',
  description:
    'cRLNumber and authorityKeyIdentifier must be non-critical and issuingDistributionPoint critical. ' +
    'Any other extension is NOT RECOMMENDED and reported as a warning, as zlint does.',
  citation: 'BRs: 7.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'crl',
  appliesTo: () => true,
  run: (crl) => {
    const wrong = crl.extensions.list.filter((e) => {
      const mustBeCritical = CRITICALITY.get(e.oid);
      return mustBeCritical !== undefined && e.critical !== mustBeCritical;
    });
    if (wrong.length > 0) {
      return fail(
        `wrong criticality: ${wrong.map((e) => `${oidName(e.oid)} critical=${e.critical}`).join(', ')}`,
      );
    }
    const other = crl.extensions.list.filter((e) => !CRITICALITY.has(e.oid));
    return other.length === 0
      ? pass
      : failAs('warn', `NOT RECOMMENDED extensions: ${other.map((e) => oidName(e.oid)).join(', ')}`);
  },
};
