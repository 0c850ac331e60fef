/*
 * RFC 5280 5.1.2.4 and 5.1.2.6: thisUpdate is the issue date of the CRL and
 * revocationDate the date on which the revocation occurred, so no entry can be
 * revoked after the CRL that lists it was issued.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CrlLint, check } from '../../lint/types.js';
import { serialHex } from '../util/ev_crl.js';

export const lint: CrlLint = {
  name: 'e_crl_revocation_time_after_this_update',
  description: 'No revocationDate of a CRL entry may be later than the thisUpdate of the CRL',
  citation: 'RFC 5280: 5.1.2.4, 5.1.2.6',
  source: 'rfc',
  effectiveDate: RuleDate.rfc5280,
  target: 'crl',
  appliesTo: (crl) => crl.revoked.length > 0,
  run: (crl) => {
    const late = crl.revoked.filter((e) => e.revocationDate.ms > crl.thisUpdate.ms);
    return check(
      late.length === 0,
      `entries revoked after thisUpdate (${crl.thisUpdate.text}): ${late.map((e) => `${serialHex(e.serial.bytes)} at ${e.revocationDate.text}`).join(', ')}`,
    );
  },
};
