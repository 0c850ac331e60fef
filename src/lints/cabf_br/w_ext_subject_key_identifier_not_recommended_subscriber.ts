/*
 * BRs 7.1.2.7.6 (Subscriber Certificate Extensions): subjectKeyIdentifier is NOT
 * RECOMMENDED. (It contradicts RFC 5280 4.2.1.2's SHOULD, checked by
 * w_ext_subject_key_identifier_missing_sub_cert; users pick one of the two.)
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExtension } from '../util/br_profiles.js';

export const lint: CertificateLint = {
  name: 'w_ext_subject_key_identifier_not_recommended_subscriber',
  description: 'Subscriber certificates should not contain subjectKeyIdentifier',
  citation: 'BRs: 7.1.2.7.6',
  source: 'cabf_br',
  effectiveDate: RuleDate.sc62Profiles,
  target: 'certificate',
  appliesTo: (cert) => isServerAuth(cert) && isSubscriber(cert),
  run: (cert) => check(!hasExtension(cert, OID.subjectKeyIdentifier), 'subjectKeyIdentifier is present'),
};
