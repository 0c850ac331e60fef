/*
 * BR 4.9.13 (since BR 1.0): "The Repository MUST NOT include entries that
 * indicate that a Certificate is suspended." BR 7.2.2 (CRLReasons table):
 * certificateHold (6) "MUST NOT be included if the CRL entry is for 1) a
 * Certificate subject to these Requirements, or 2) a Certificate not subject to
 * these Requirements and was either A) issued on-or-after 2020-09-30 or B) has
 * a notBefore on-or-after 2020-09-30."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { serialHex } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_cab_crl_reason_code_certificate_hold',
  description: 'CRLs of publicly-trusted CAs must not suspend certificates (reasonCode certificateHold, 6)',
  citation: 'BRs: 4.9.13, 7.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'crl',
  appliesTo: (crl) => crl.revoked.length > 0,
  run: (crl) => {
    const held = crl.revoked.filter((e) => e.reasonCode === 6);
    return check(
      held.length === 0,
      `certificateHold entries: ${held.map((e) => serialHex(e.serial.bytes)).join(', ')}`,
    );
  },
};
