/*
 * BRs 7.1 (Ballot 164): from 30 September 2016 CAs SHALL generate
 * non-sequential serial numbers greater than zero containing at least 64 bits
 * of output from a CSPRNG. A serial of 8 octets or fewer (sign octet aside)
 * leaves no margin above those 64 bits: it is either short of them or has no
 * room for a fixed prefix, as Izenpe's sub-64-bit serials were (seed 003).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { serialMagnitude } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'n_serial_number_low_entropy',
  description:
    'Serial numbers of 64 bits or fewer are on the edge of the 64 bits of CSPRNG output the BRs require',
  citation: 'BRs: 7.1',
  source: 'community',
  effectiveDate: RuleDate.serialEntropy,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const length = serialMagnitude(cert).length;
    return check(length > 8, `serial number has ${length} significant octets`);
  },
};
