/*
 * RFC 5280 5.3.1: the reasonCode of a CRL entry is a CRLReason ENUMERATED with
 * the values 0-6 and 8-10 (7 is not used); "the reason code CRL entry extension
 * SHOULD be absent instead of using the unspecified (0) reasonCode value."
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, fail, failAs, pass } from '../../lint/types.js';
import { serialHex } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_crl_has_valid_reason_code',
  description:
    'A CRL entry reasonCode must be a CRLReason of RFC 5280 5.3.1 (0-6, 8-10). ' +
    'Unspecified (0), which SHOULD be expressed by omitting the extension, is a warning, as in zlint.',
  citation: 'RFC 5280: 5.3.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: (crl) => crl.revoked.length > 0,
  run: (crl) => {
    const bad = crl.revoked.filter(
      (e) => e.reasonCode !== undefined && (e.reasonCode < 0 || e.reasonCode === 7 || e.reasonCode > 10),
    );
    if (bad.length > 0) {
      return fail(
        `reason codes not defined by RFC 5280: ${bad.map((e) => `${serialHex(e.serial.bytes)}=${e.reasonCode}`).join(', ')}`,
      );
    }
    const unspecified = crl.revoked.filter((e) => e.reasonCode === 0);
    return unspecified.length === 0
      ? pass
      : failAs(
          'warn',
          `reasonCode unspecified (0) instead of omitting it: ${unspecified.map((e) => serialHex(e.serial.bytes)).join(', ')}`,
        );
  },
};
