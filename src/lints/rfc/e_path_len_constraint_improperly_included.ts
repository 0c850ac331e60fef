/*
 * RFC 5280 4.2.1.9: "CAs MUST NOT include the pathLenConstraint field unless
 * the cA boolean is asserted and the key usage extension asserts the
 * keyCertSign bit."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable, pass } from '../../lint/types.js';
import { KeyUsageBit } from '../../x509/extensions.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_path_len_constraint_improperly_included',
  description: 'pathLenConstraint may only be present when cA is asserted and keyUsage asserts keyCertSign',
  citation: 'RFC 5280: 4.2.1.9',
  source: 'rfc',
  effectiveDate: RuleDate.rfc3280,
  target: 'certificate',
  appliesTo: (cert) => hasExt(cert, OID.basicConstraints),
  run: (cert) => {
    const bc = cert.extensions.basicConstraints;
    if (!bc) return notApplicable;
    if (bc.pathLen === undefined) return pass;
    const certSign = cert.extensions.keyUsage?.has(KeyUsageBit.keyCertSign) === true;
    return check(
      bc.ca && certSign,
      bc.ca ? 'pathLenConstraint without keyUsage keyCertSign' : 'pathLenConstraint without cA',
    );
  },
};
