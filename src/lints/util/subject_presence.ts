/**
 * Helpers for the subject-name presence lints: attribute look-ups that read a
 * Name the way the profiles (and zlint) do, the ISO 3166-1 country table, and
 * the IANA special-purpose address ranges the reserved-IP lints need.
 */
import { parseIp, toV4 } from '../../x509/ip.js';
import type { Name } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { isReservedIp } from './reserved_ip.js';

// ---- attributes --------------------------------------------------------------------------------

/** The first string value of an attribute type, or ''. */
export function firstValue(name: Name, type: string): string {
  for (const a of name.attributes) if (a.type === type && a.value) return a.value.value;
  return '';
}

/** Whether at least one string value of the type is present (empty strings count). */
export function hasValue(name: Name, type: string): boolean {
  for (const a of name.attributes) if (a.type === type && a.value) return true;
  return false;
}

/** Whether some string value of the type is non-empty. */
export function hasNonEmptyValue(name: Name, type: string): boolean {
  for (const a of name.attributes) if (a.type === type && a.value && a.value.value !== '') return true;
  return false;
}

/** How many string values of the type there are. */
export function countValues(name: Name, type: string): number {
  let n = 0;
  for (const a of name.attributes) if (a.type === type && a.value) n++;
  return n;
}

/** String values of the type that fail a test (an empty array, not allocated per call, when all pass). */
export function valuesFailing(name: Name, type: string, ok: (value: string) => boolean): readonly string[] {
  let bad: string[] | undefined;
  for (const a of name.attributes) {
    if (a.type !== type || !a.value || ok(a.value.value)) continue;
    if (bad === undefined) bad = [];
    bad.push(a.value.value);
  }
  return bad ?? NONE;
}

const NONE: readonly string[] = [];

/**
 * BR 7.1.4.2.2 (before 2.0.0): organizationName, givenName or surname present,
 * the condition under which the address fields become required or allowed.
 */
export function hasOrgOrPersonalName(name: Name): boolean {
  for (const a of name.attributes) {
    if ((a.type === OID.organizationName || a.type === OID.givenName || a.type === OID.surname) && a.value)
      return true;
  }
  return false;
}

// ---- ISO 3166-1 alpha-2 ------------------------------------------------------------------------

/**
 * The officially assigned ISO 3166-1 alpha-2 codes, plus 'AN' (Netherlands
 * Antilles, deleted in 2010 and transitionally reserved, still found in older
 * certificates) and 'XX' (the user-assigned code BR 7.1.4.2.2 lets a CA use
 * when no country applies).
 */
const ISO_3166_ALPHA2 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
  'DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY ' +
  'HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ OM ' +
  'PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ ' +
  'VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

export const COUNTRY_CODES: ReadonlySet<string> = new Set([...ISO_3166_ALPHA2.split(' '), 'AN', 'XX']);

/** Whether a countryName value is an ISO 3166-1 alpha-2 code (or 'XX'), ignoring case as zlint does. */
export function isCountryCode(value: string): boolean {
  return COUNTRY_CODES.has(value.toUpperCase());
}

// ---- reverse DNS names -------------------------------------------------------------------------

const V4_ARPA = '.in-addr.arpa';
const V6_ARPA = '.ip6.arpa';

const REVERSE_ZONE = /\.(?:in-addr|ip6)\.arpa$/i;

export function isReverseDnsName(name: string): boolean {
  // Cheap test first: every reverse name ends in 'a' or 'A'.
  return (name.charCodeAt(name.length - 1) | 0x20) === 0x61 && REVERSE_ZONE.test(name);
}

/**
 * For a well-formed reverse DNS name (four labels under in-addr.arpa, 32
 * nibble labels under ip6.arpa), what is wrong with the address it names:
 * the wrong address family for its zone, or a reserved address. Undefined
 * when the name is fine or is not a well-formed reverse name at all.
 */
export function reverseDnsProblem(name: string): string | undefined {
  if (!isReverseDnsName(name)) return undefined;
  const lower = name.toLowerCase();
  if (lower.endsWith(V4_ARPA)) {
    const labels = lower.slice(0, -V4_ARPA.length).split('.');
    if (labels.length !== 4) return undefined;
    const ip = parseIp(labels.reverse().join('.'));
    if (!ip) return undefined;
    return isReservedIp(ip) ? `${name} names a reserved IPv4 address` : undefined;
  }
  if (lower.endsWith(V6_ARPA)) {
    const labels = lower.slice(0, -V6_ARPA.length).split('.').reverse();
    if (labels.length !== 32) return undefined;
    const groups: string[] = [];
    for (let i = 0; i < 32; i += 4) groups.push(labels.slice(i, i + 4).join(''));
    const parsed = parseIp(groups.join(':'));
    if (!parsed) return undefined;
    const ip = toV4(parsed);
    if (ip.length === 4) return `${name} names an IPv4 address in the IPv6 reverse zone`;
    return isReservedIp(ip) ? `${name} names a reserved IPv6 address` : undefined;
  }
  return undefined;
}
