/*
 * BRs 7.1.4.2.2 (before 2.0.0): "If present, this field MUST contain a single
 * IP address or Fully-Qualified Domain Name that is one of the values
 * contained in the Certificate's subjectAltName extension." Case-insensitive,
 * as zlint compares; BR 2.0.0 tightened it to a byte-for-byte copy.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { isSubscriber } from '../../x509/classify.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { commonNameInSan } from '../util/san.js';

export const lint: CertificateLint = {
  name: 'e_subject_common_name_not_from_san',
  description: 'Subject commonName must be one of the subjectAltName values (ASCII case ignored)',
  citation: 'BRs: 7.1.4.2.2',
  source: 'cabf_br',
  effectiveDate: RuleDate.always,
  ineffectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isSubscriber(cert) && attributeValues(cert.subject, OID.commonName).length > 0,
  run: (cert) => {
    const san = cert.extensions.subjectAltName;
    if (!san) return notApplicable;
    const missing = attributeValues(cert.subject, OID.commonName).filter(
      (cn) => !commonNameInSan(cn, san, false),
    );
    return check(missing.length === 0, `commonName not in subjectAltName: ${missing.join(', ')}`);
  },
};
