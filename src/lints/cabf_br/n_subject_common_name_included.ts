/*
 * BRs 7.1.4.2.2 a (before 2.0.0): subject:commonName in a Subscriber
 * Certificate is "Deprecated (Discouraged, but not prohibited)". BR 2.0.0
 * (7.1.2.7) made it NOT RECOMMENDED, covered by other lints.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isCA } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasNonEmptyValue } from '../util/subject_presence.js';

export const lint: CertificateLint = {
  name: 'n_subject_common_name_included',
  description: 'Subscriber certificates: subject commonName is deprecated',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  ineffectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => !isCA(cert),
  run: (cert) =>
    check(!hasNonEmptyValue(cert.subject, OID.commonName), 'subject includes the deprecated commonName'),
};
