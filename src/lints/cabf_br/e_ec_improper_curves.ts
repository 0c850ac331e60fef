/*
 * BRs 6.1.5: ECDSA keys MUST be on NIST P-256, P-384 or P-521, given as a
 * named curve (7.1.3.1.2 also forbids explicit curve parameters).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isEcdsa } from '../../x509/classify.js';
import { OID, oidName } from '../../x509/oids.js';

const CURVES: ReadonlySet<string> = new Set([OID.secp256r1, OID.secp384r1, OID.secp521r1]);

export const lint: CertificateLint = {
  name: 'e_ec_improper_curves',
  description: 'ECDSA keys must be on the named curve P-256, P-384 or P-521',
  citation: 'BRs: 6.1.5',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: isEcdsa,
  run: (cert) => {
    const curve = cert.publicKey.curve;
    return check(
      curve !== undefined && CURVES.has(curve),
      curve === undefined ? 'curve is not a named curve' : `curve ${oidName(curve)} is not permitted`,
    );
  },
};
