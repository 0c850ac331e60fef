/*
 * BRs 7.1.2.3 f (Subscriber Certificate, extKeyUsage): "id-kp-emailProtection
 * [RFC5280] MAY be present. Other values SHOULD NOT be present." Only the key purposes
 * zlint recognises are judged; unrecognised OIDs pass, as in zlint.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { knownEkus } from '../../x509/ekus.js';
import { OID, oidName } from '../../x509/oids.js';

const ALLOWED: ReadonlySet<string> = new Set([OID.serverAuth, OID.clientAuth, OID.emailProtection]);

export const lint: CertificateLint = {
  name: 'w_sub_cert_eku_extra_values',
  description: 'A subscriber extKeyUsage should contain only serverAuth, clientAuth and emailProtection',
  citation: 'BRs: 7.1.2.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubscriber(cert) && knownEkus(cert).length > 0,
  run: (cert) => {
    const extra = knownEkus(cert).filter((e) => !ALLOWED.has(e));
    return check(extra.length === 0, `other key purposes present: ${extra.map(oidName).join(', ')}`);
  },
};
