/**
 * Factories for the lints that check the subject and the issuer name alike:
 * certlint's whitespace and multi-valued RDN checks and RFC 5280's
 * PrintableString countryName. Each returns the appliesTo and run of one lint
 * for the named field, so the subject and issuer lints share one definition.
 */
import { describeTag } from '../../der/node.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { OID } from '../../x509/oids.js';
import {
  attributeWithSpace,
  describe,
  hasCountry,
  multiValuedRdn,
  notPrintableString,
} from './subject_values.js';

type Field = 'subject' | 'issuer';

/** No naming attribute value of the field starts (or ends) with whitespace. */
export function noWhitespace(
  field: Field,
  where: 'leading' | 'trailing',
): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: () => true,
    run: (cert) => {
      const a = attributeWithSpace(cert[field], where);
      return a === undefined ? pass : fail(`${describe(a)} has ${where} whitespace`);
    },
  };
}

/** Every RelativeDistinguishedName of the field holds one attribute. */
export function oneAttributePerRdn(field: Field): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: () => true,
    run: (cert) => {
      const rdn = multiValuedRdn(cert[field]);
      return rdn === undefined ? pass : fail(`${field} RDN with several attributes: ${rdn}`);
    },
  };
}

/** Every countryName of the field is a PrintableString (RFC 5280 Appendix A.1). */
export function countryIsPrintableString(field: Field): Pick<CertificateLint, 'appliesTo' | 'run'> {
  return {
    appliesTo: (cert) => hasCountry(cert[field]),
    run: (cert) => {
      const bad = notPrintableString(cert[field], OID.countryName);
      return bad === undefined ? pass : fail(`${field} countryName is a ${describeTag(bad.node)}`);
    },
  };
}
