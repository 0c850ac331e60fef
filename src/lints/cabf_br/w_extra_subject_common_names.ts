/*
 * BRs 7.1.4.2.2 a (7.1.4.3 in 2.0.0): if present, the commonName "MUST
 * contain a single IP address or Fully-Qualified Domain Name". Several
 * commonName attributes are not expressly forbidden but defeat the intent,
 * hence a warning.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { countValues } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'w_extra_subject_common_names',
  description: 'Subscriber certificates should have at most one subject commonName',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: isSubscriber,
  run: (cert) => {
    const count = countValues(cert.subject, OID.commonName);
    return count <= 1 ? pass : fail(`subject has ${count} commonName attributes`);
  },
};
