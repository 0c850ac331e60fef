/*
 * Reverse-DNS names in the registry-controlled .arpa zone must spell an
 * address: under in-addr.arpa exactly four labels, the octets of an IPv4
 * address in reverse order (RFC 1035 3.5); under ip6.arpa exactly 32 labels
 * of one hex digit each, the nibbles of an IPv6 address in reverse order
 * (RFC 3596 2.5). A name in either zone that does not is malformed (BRs 3.2.2.6
 * governs names in registry-controlled zones; BCP 49).
 *
 * As in zlint the lint applies when the commonName or a SAN dNSName is in one of
 * the zones, and the SAN dNSNames are checked; the commonName is checked too here.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { NameFact } from '../util/dns_name_facts.js';
import { dnsView } from '../util/dns_san.js';

const V4_SUFFIX = '.in-addr.arpa';
const V6_SUFFIX = '.ip6.arpa';
const OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
const NIBBLE = /^[0-9a-f]$/;

function dnsNames(cert: Certificate): string[] {
  const out: string[] = [];
  for (const n of cert.extensions.subjectAltName ?? []) if (n.tag === 2) out.push(n.value.toLowerCase());
  return out;
}

const inArpa = (name: string): boolean => name.endsWith(V4_SUFFIX) || name.endsWith(V6_SUFFIX);

/** Why a lower-cased name in one of the reverse zones is malformed, or undefined when it is well formed. */
function malformation(name: string): string | undefined {
  const v6 = name.endsWith(V6_SUFFIX);
  const suffix = v6 ? V6_SUFFIX : V4_SUFFIX;
  const labels = name.slice(0, -suffix.length).split('.');
  const want = v6 ? 32 : 4;
  if (labels.length !== want)
    return `name "${name}" has ${labels.length} labels before ${suffix}, not the ${want} of a reverse DNS entry`;
  const ok = v6
    ? labels.every((l) => NIBBLE.test(l))
    : labels.every((l) => OCTET.test(l) && Number(l) <= 255);
  return ok ? undefined : `the labels of name "${name}" do not form a reversed IP address`;
}

export const lint: CertificateLint = {
  name: 'w_subject_contains_malformed_arpa_ip',
  description:
    'Names under in-addr.arpa or ip6.arpa must have 4 (or 32) labels spelling a reversed IPv4 address (or IPv6 nibbles); unlike zlint the commonName is checked too, and IPv6 labels must be single hex digits',
  citation: 'BRs: 3.2.2.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  // Lower-casing the octets of a dNSName changes only A–Z, so the SAN facts say whether one is in a zone.
  appliesTo: (cert) =>
    (dnsView(cert).san.any & NameFact.reverseZone) !== 0 ||
    attributeValues(cert.subject, OID.commonName).some((cn) => inArpa(cn.toLowerCase())),
  run: (cert) => {
    const names = [
      ...dnsNames(cert),
      ...attributeValues(cert.subject, OID.commonName).map((c) => c.toLowerCase()),
    ];
    for (const name of names) {
      if (!inArpa(name)) continue;
      const why = malformation(name);
      if (why !== undefined) return fail(why);
    }
    return pass;
  },
};
