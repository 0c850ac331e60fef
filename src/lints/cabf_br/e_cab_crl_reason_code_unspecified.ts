/*
 * BR 7.2.2 (Ballot SC61, BR 1.8.7; CRLReasons table): unspecified (0) is
 * "Represented by the omission of a reasonCode", the exception being
 * Subscriber Certificates revoked prior to July 15, 2023. Mozilla Root Store
 * Policy 6.1.1 likewise maps "no reason" to an absent reasonCode extension.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { serialHex } from '../util/ev_crl.js';

const SINCE = RuleDate.sc61CrlReasons.getTime();

export const lint: CrlLint = {
  name: 'e_cab_crl_reason_code_unspecified',
  description:
    'A CRL entry revoked on or after 2023-07-15 must express the unspecified reason by omitting reasonCode, not by reasonCode 0',
  citation: 'BRs: 7.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc61CrlReasons,
  target: 'crl',
  appliesTo: (crl) => crl.revoked.length > 0,
  run: (crl) => {
    const bad = crl.revoked.filter((e) => e.reasonCode === 0 && e.revocationDate.ms >= SINCE);
    return check(
      bad.length === 0,
      `reasonCode unspecified (0) present in entries ${bad.map((e) => serialHex(e.serial.bytes)).join(', ')}`,
    );
  },
};
