/*
 * BRs 7.1.2.7.12 (earlier 7.1.4.2.1): "CAs SHALL NOT issue certificates with a
 * subjectAltName extension or subject:commonName field containing a Reserved IP
 * Address or Internal Name"; reserved means the IANA IPv4 and IPv6
 * special-purpose registries and unallocated space. Certificates expiring
 * before 2015-11-01 are out of scope.
 * As in zlint, BR lints apply only to certificates usable for TLS servers.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { formatIp } from '../../x509/generalName.js';
import { isReservedIp } from '../util/reserved_ip.js';

export const lint: CertificateLint = {
  name: 'e_ext_san_contains_reserved_ip',
  description: 'SAN iPAddress entries must not be IANA reserved or special-purpose addresses',
  citation: 'BRs: 7.1.2.7.12',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && cert.notAfter.ms > RuleDate.noReservedIpIssuance.getTime(),
  run: (cert) => {
    for (const n of cert.extensions.subjectAltName ?? []) {
      if (n.tag === 7 && isReservedIp(n.bytes)) return fail(`reserved IP address ${formatIp(n.bytes)}`);
    }
    return pass;
  },
};
