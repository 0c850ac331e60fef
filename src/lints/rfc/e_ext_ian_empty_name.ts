/*
 * RFC 5280 4.2.1.7: the issuerAltName "MUST be encoded as in 4.2.1.6", so its GeneralNames
 * must not be empty (an empty IA5String is not a name).
 */

import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check, notApplicable } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import { hasIan, rawGeneralNames } from '../util/dns_san.js';

export const lint: CertificateLint = {
  name: 'e_ext_ian_empty_name',
  description: 'IssuerAltName GeneralNames must not be empty',
  citation: 'RFC 5280: 4.2.1.7',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: hasIan,
  run: (cert) => {
    const names = rawGeneralNames(cert.extensions.byOid.get(OID.issuerAltName));
    if (!names) return notApplicable;
    return check(
      names.every((n) => n.end > n.valueStart),
      'issuerAltName contains an empty GeneralName',
    );
  },
};
