/*
 * RFC 5280 Appendix B: "The character string type PrintableString supports a
 * very basic Latin character set: the lowercase letters 'a' through 'z',
 * uppercase letters 'A' through 'Z', the digits '0' through '9', eleven special
 * characters ' = ( ) + , - . / : ? and space." Every subject attribute encoded
 * as PrintableString must keep to that alphabet (and, being SIZE (1..), not be empty).
 */
import { Tag, UNIVERSAL } from '../../der/node.js';
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { oidName } from '../../x509/oids.js';

const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]+$/;

export const lint: CertificateLint = {
  name: 'e_subject_printable_string_badalpha',
  description:
    "Subject attributes encoded as PrintableString must use only a-z, A-Z, 0-9, space and ' ( ) + , - . / : = ?",
  citation: 'RFC 5280: Appendix B',
  source: 'rfc',
  effectiveDate: RuleDate.rfc2459,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    for (const a of cert.subject.attributes) {
      if (a.node.cls !== UNIVERSAL || a.node.tag !== Tag.PRINTABLE_STRING || a.value === undefined) continue;
      if (!PRINTABLE.test(a.value.value))
        return fail(`${oidName(a.type)} PrintableString has characters outside its alphabet`);
    }
    return pass;
  },
};
