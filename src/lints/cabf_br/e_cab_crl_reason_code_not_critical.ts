/*
 * BR 7.2.2 (crlEntryExtensions): reasonCode, "When present (OID 2.5.29.21),
 * MUST NOT be marked critical"; RFC 5280 5.3.1 defines it as non-critical.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { serialHex } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_cab_crl_reason_code_not_critical',
  description: 'The reasonCode CRL entry extension must not be marked critical',
  citation: 'BRs: 7.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'crl',
  appliesTo: (crl) => crl.revoked.length > 0,
  run: (crl) => {
    const bad = crl.revoked.filter((e) => e.extensions.byOid.get(OID.crlReason)?.critical === true);
    return check(
      bad.length === 0,
      `critical reasonCode in entries ${bad.map((e) => serialHex(e.serial.bytes)).join(', ')}`,
    );
  },
};
