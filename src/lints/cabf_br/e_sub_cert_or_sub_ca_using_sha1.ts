/*
 * BRs 7.1.3: CAs MUST NOT issue any new Subscriber certificates or Subordinate
 * CA certificates using SHA-1 after 1 January 2016.
 * Applied, as zlint does, to every certificate: a self-signed certificate
 * issued with SHA-1 after that date breaks 7.1.3.2 all the same.
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { oidName } from '../../x509/oids.js';
import { SHA1_SIGNATURES } from '../util/keys_validity.js';

export const lint: CertificateLint = {
  name: 'e_sub_cert_or_sub_ca_using_sha1',
  description: 'Certificates issued from 2016 must not be signed with SHA-1',
  citation: 'BRs: 7.1.3',
  source: 'cabf_br',
  effectiveDate: RuleDate.noSha1,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    const oid = cert.signatureAlgorithm.oid;
    return check(!SHA1_SIGNATURES.has(oid), `signed with ${oidName(oid)}`);
  },
};
