/**
 * Helpers for the lints on the values of subject and issuer name attributes:
 * lengths in characters, whitespace, and the attribute types profiles speak of.
 */
import { Tag, UNIVERSAL } from '../../der/node.js';
import type { Attribute, Name } from '../../x509/name.js';
import { OID, oidName } from '../../x509/oids.js';

/** Characters (Unicode code points) in a string, as RFC 5280's SIZE constraints count them. */
export function characterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is a single character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Whether the name has an attribute of the type whose value is a string (possibly empty). */
export function hasStringAttribute(name: Name, type: string): boolean {
  return name.attributes.some((a) => a.type === type && a.value !== undefined);
}

/** Whether the name has an attribute of the type whose value is a non-empty string. */
export function hasNonEmptyAttribute(name: Name, type: string): boolean {
  return name.attributes.some((a) => a.type === type && a.value !== undefined && a.value.value !== '');
}

/**
 * The upper bound check of RFC 5280 Appendix A: undefined when every string
 * value of the type has at most `max` characters, else a description of the first that has more.
 */
export function overLength(name: Name, type: string, max: number): string | undefined {
  for (const a of name.attributes) {
    if (a.type !== type || a.value === undefined) continue;
    const n = characterCount(a.value.value);
    if (n > max) return `${oidName(type)} has ${n} characters, more than the upper bound of ${max}`;
  }
  return undefined;
}

/**
 * The attribute types zlint treats as naming attributes for the whitespace
 * checks: RFC 5280 Appendix A's id-at types plus streetAddress and postalCode.
 */
const NAME_ATTRIBUTE_TYPES: ReadonlySet<string> = new Set(
  [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 17, 41, 42, 43, 44, 46].map((n) => `2.5.4.${n}`),
);

/** Unicode White_Space plus U+0085, the set Go's unicode.IsSpace tests (JS `\s` differs in U+0085 and U+FEFF). */
const SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING_SPACE = new RegExp(`^[${SPACE}]`);
const TRAILING_SPACE = new RegExp(`[${SPACE}]$`);

/** The first naming attribute whose string value starts (or ends) with whitespace. */
export function attributeWithSpace(name: Name, where: 'leading' | 'trailing'): Attribute | undefined {
  const re = where === 'leading' ? LEADING_SPACE : TRAILING_SPACE;
  return name.attributes.find(
    (a) => NAME_ATTRIBUTE_TYPES.has(a.type) && a.value !== undefined && re.test(a.value.value),
  );
}

/** The first RDN holding more than one attribute, as its attribute type names. */
export function multiValuedRdn(name: Name): string | undefined {
  const rdn = name.rdns.find((r) => r.length > 1);
  return rdn?.map((a) => oidName(a.type)).join('+');
}

/** The first attribute of a type encoded otherwise than as PrintableString (RFC 5280 Appendix A). */
export function notPrintableString(name: Name, type: string): Attribute | undefined {
  return name.attributes.find(
    (a) => a.type === type && (a.node.cls !== UNIVERSAL || a.node.tag !== Tag.PRINTABLE_STRING),
  );
}

/** Whether a name has a countryName with a string value (zlint's `len(Country) > 0`). */
export const hasCountry = (name: Name): boolean => hasStringAttribute(name, OID.countryName);

/** Text naming an attribute and its value in findings. */
export function describe(a: Attribute): string {
  return `${oidName(a.type)} "${a.value?.value ?? '(not a string)'}"`;
}
