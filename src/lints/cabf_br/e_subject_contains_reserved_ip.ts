/*
 * BRs 7.1.4.2.1: "the CA SHALL NOT issue a certificate with an Expiry Date
 * later than 1 November 2015 with a subjectAlternativeName extension or
 * Subject commonName field containing a Reserved IP Address or Internal Name."
 * Reserved IP Address (1.6.1): a block of the IANA IPv4/IPv6 special-purpose
 * registries or one the IANA marks reserved. This lint checks the commonName;
 * every commonName value is checked (zlint reads only the last).
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { parseIp } from '../../x509/ip.js';
import { isReservedIp } from '../util/reserved_ip.js';
import { valuesFailing } from '../util/subject_presence.js';

const NO_RESERVED_AFTER = RuleDate.noReservedIpIssuance.getTime();

const notReserved = (cn: string): boolean => {
  const ip = parseIp(cn);
  return ip === undefined || !isReservedIp(ip);
};

export const lint: CertificateLint = {
  name: 'e_subject_contains_reserved_ip',
  description:
    'Certificates expiring after 1 November 2015 must not have a reserved IP address as subject commonName ' +
    "(every commonName is checked, against the full IANA registries: a little wider than zlint's list)",
  citation: 'BRs: 7.1.4.2.1',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => cert.notAfter.ms > NO_RESERVED_AFTER,
  run: (cert) => {
    const bad = valuesFailing(cert.subject, OID.commonName, notReserved);
    return bad.length === 0 ? pass : fail(`commonName is a reserved IP address: ${bad.join(', ')}`);
  },
};
