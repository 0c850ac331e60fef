/**
 * Factories for the lints that object to one GeneralName form: in the
 * subjectAltName of a TLS server certificate (BR 7.1.2.7.12) and in the
 * subtrees of nameConstraints (RFC 5280 4.2.1.10). Each returns the appliesTo
 * and run of one lint for the form named.
 */
import { type CertificateLint, check } from '../../lint/types.js';
import { isServerAuth } from '../../x509/classify.js';
import { GeneralNameTag } from '../../x509/generalName.js';
import { hasNameOfTag, hasSan } from './dns_san.js';
import { constrainsNameForm } from './rfc_extensions.js';

type NameForm = keyof typeof GeneralNameTag;

/** BR: the subjectAltName holds no entry of the form (only dNSName and iPAddress are allowed). */
export function sanHasNo(form: NameForm): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: (cert) => isServerAuth(cert) && hasSan(cert),
    run: (cert) =>
      check(
        !hasNameOfTag(cert.extensions.subjectAltName, GeneralNameTag[form]),
        `subjectAltName contains a ${form}`,
      ),
  };
}

/** RFC 5280: nameConstraints SHOULD NOT constrain the form. */
export function noNameConstraintOn(form: NameForm): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: (cert) => cert.extensions.nameConstraints !== undefined,
    run: (cert) =>
      check(!constrainsNameForm(cert, GeneralNameTag[form]), `nameConstraints constrains ${form} names`),
  };
}
