/*
 * RFC 5280 4.2 and 4.2.1.1: conforming CAs MUST include the authority key
 * identifier in all certificates they generate; "There is one exception;
 * where a CA distributes its public key in the form of a "self-signed"
 * certificate, the authority key identifier MAY be omitted."
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, check } from '../../lint/types.js';
import { isRootCA, isSelfSigned } from '../../x509/classify.js';
import { OID } from '../../x509/oids.js';
import { hasExt } from '../util/rfc_extensions.js';

export const lint: CertificateLint = {
  name: 'e_ext_authority_key_identifier_missing',
  description: 'Every certificate but a self-signed one must include the authorityKeyIdentifier extension',
  citation: 'RFC 5280: 4.2 & 4.2.1.1',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: (cert) => !isRootCA(cert),
  run: (cert) =>
    check(
      hasExt(cert, OID.authorityKeyIdentifier) || isSelfSigned(cert),
      'the authorityKeyIdentifier extension is missing',
    ),
};
