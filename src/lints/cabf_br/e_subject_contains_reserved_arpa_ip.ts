/*
 * BRs 7.1.4.2.1: no Reserved IP Address or Internal Name in the
 * subjectAltName or commonName. A reverse-DNS name under in-addr.arpa or
 * ip6.arpa (RFC 1035 3.5, RFC 3596 2.5) that spells out a reserved address
 * names that address; so does one whose labels spell an address of the
 * other family than its zone. Malformed reverse names are left to other
 * lints. Both the commonName and the SAN dNSNames are checked (zlint checks
 * the SAN only; a commonName must repeat a SAN entry anyway).
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';
import { OID } from '../../x509/oids.js';
import { isReverseDnsName, reverseDnsProblem } from '../util/subject_presence.js';

/** Calls `visit` on each commonName and SAN dNSName until it returns true. */
function someName(cert: Certificate, visit: (name: string) => boolean): boolean {
  for (const a of cert.subject.attributes)
    if (a.type === OID.commonName && a.value && visit(a.value.value)) return true;
  for (const n of cert.extensions.subjectAltName ?? []) if (n.tag === 2 && visit(n.value)) return true;
  return false;
}

export const lint: CertificateLint = {
  name: 'e_subject_contains_reserved_arpa_ip',
  description:
    'No subject name may be a reverse-DNS (.arpa) name for a reserved IP address (commonName checked too, unlike zlint)',
  citation: 'BRs: 7.1.4.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => someName(cert, isReverseDnsName),
  run: (cert) => {
    const problems: string[] = [];
    someName(cert, (n) => {
      const p = reverseDnsProblem(n);
      if (p) problems.push(p);
      return false;
    });
    return problems.length === 0 ? pass : fail(problems.join('; '));
  },
};
