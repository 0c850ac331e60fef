/*
 * RFC 5280 Appendix A: the subject's attributes are DirectoryStrings and other
 * character strings naming the subject; control characters (C0, DEL and C1,
 * U+0000–U+001F and U+007F–U+009F) have no place in them.
 *
 * Each value is decoded as its own string type. zlint reads the raw octets of
 * every value as UTF-8 whatever the tag, so it reports every BMPString or
 * UniversalString (their zero octets read as U+0000); Vigil does not.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import { oidName } from '../../x509/oids.js';

/** The first C0, DEL or C1 control character of a string, or -1. */
function firstControl(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return c;
  }
  return -1;
}

export const lint: CertificateLint = {
  name: 'e_subject_dn_not_printable_characters',
  description:
    'Subject attribute values must not contain control characters (U+0000-U+001F, U+007F-U+009F); values are decoded by their string type, unlike zlint which misreads BMPStrings',
  citation: 'RFC 5280: Appendix A',
  source: 'rfc',
  effectiveDate: RuleDate.always,
  target: 'certificate',
  appliesTo: () => true,
  run: (cert) => {
    for (const a of cert.subject.attributes) {
      const c = a.value === undefined ? -1 : firstControl(a.value.value);
      if (c >= 0) {
        const code = c.toString(16).toUpperCase().padStart(4, '0');
        return fail(`${oidName(a.type)} contains the control character U+${code}`);
      }
    }
    return pass;
  },
};
