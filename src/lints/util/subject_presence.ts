/**
 * Helpers for the subject-name presence lints: attribute look-ups that read a
 * Name the way the profiles (and zlint) do, the ISO 3166-1 country table, and
 * the IANA special-purpose address ranges the reserved-IP lints need.
 */
import type { Certificate } from '../../x509/certificate.js';
import { hasPolicy } from '../../x509/classify.js';
import type { Name } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

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

// ---- scope -------------------------------------------------------------------------------------

/**
 * Whether a certificate falls in the TLS BRs' scope as zlint's IsServerAuthCert
 * judges it: no EKUs at all (extension absent or empty), serverAuth or
 * anyExtendedKeyUsage, or a CA/B Forum TLS policy OID (DV, OV, IV, EV).
 */
export function isTlsScope(cert: Certificate): boolean {
  const ekus = cert.extensions.extKeyUsage;
  if (ekus === undefined || ekus.length === 0) return true;
  if (ekus.includes(OID.serverAuth) || ekus.includes(OID.anyExtendedKeyUsage)) return true;
  return (
    hasPolicy(cert, OID.brDomainValidated) ||
    hasPolicy(cert, OID.brOrganizationValidated) ||
    hasPolicy(cert, OID.brIndividualValidated) ||
    hasPolicy(cert, OID.evGuidelines)
  );
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

// ---- IP addresses ------------------------------------------------------------------------------

const V4_OCTET = /^(0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

function parseV4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = parts[i] as string;
    if (!V4_OCTET.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out[i] = n;
  }
  return out;
}

/**
 * Parses an address as Go's net.ParseIP does (what zlint sees): dotted-quad
 * IPv4 without leading zeros, or RFC 4291 IPv6 text. IPv4-mapped IPv6
 * addresses come back as their four IPv4 octets.
 */
export function parseAddress(text: string): Uint8Array | undefined {
  if (!text.includes(':')) {
    const c = text.charCodeAt(0);
    return c >= 0x30 && c <= 0x39 ? parseV4(text) : undefined;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string, last: boolean): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const parts = s.split(':');
    for (let i = 0; i < parts.length; i++) {
      const g = parts[i] as string;
      if (last && i === parts.length - 1 && g.includes('.')) {
        const v4 = parseV4(g);
        if (!v4) return undefined;
        out.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
      } else if (HEX_GROUP.test(g)) out.push(Number.parseInt(g, 16));
      else return undefined;
    }
    return out;
  };
  const two = halves.length === 2;
  const head = groups(halves[0] as string, !two);
  const tail = two ? groups(halves[1] as string, true) : [];
  if (!head || !tail) return undefined;
  const fill = 8 - head.length - tail.length;
  if (two ? fill < 1 : fill !== 0) return undefined;
  const all = [...head, ...new Array<number>(fill).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    bytes[2 * i] = (all[i] as number) >> 8;
    bytes[2 * i + 1] = (all[i] as number) & 0xff;
  }
  return toV4(bytes);
}

/** IPv4-mapped IPv6 (::ffff:a.b.c.d) as four octets; anything else unchanged. */
export function toV4(bytes: Uint8Array): Uint8Array {
  if (bytes.length !== 16) return bytes;
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return bytes;
  if (bytes[10] !== 0xff || bytes[11] !== 0xff) return bytes;
  return bytes.subarray(12);
}

interface Prefix {
  readonly bytes: Uint8Array;
  readonly bits: number;
}

function cidr(text: string): Prefix {
  const [addr = '', len = ''] = text.split('/');
  return { bytes: parseAddress(addr) as Uint8Array, bits: Number(len) };
}

/**
 * BR 1.6.1 "Reserved IP Address": any block of the IANA IPv4 and IPv6
 * Special-Purpose Address Registries, and (BR 1.x) what the IPv4 and IPv6
 * Address Space registries mark reserved. Loopback, unspecified, multicast,
 * link-local and limited broadcast fall inside these blocks.
 */
const RESERVED: readonly Prefix[] = [
  // IPv4
  '0.0.0.0/8', // this network
  '10.0.0.0/8', // private use
  '100.64.0.0/10', // shared address space
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link local
  '172.16.0.0/12', // private use
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // TEST-NET-1
  '192.31.196.0/24', // AS112-v4
  '192.52.193.0/24', // AMT
  '192.88.99.0/24', // deprecated 6to4 relay anycast
  '192.168.0.0/16', // private use
  '192.175.48.0/24', // direct delegation AS112
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // TEST-NET-2
  '203.0.113.0/24', // TEST-NET-3
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, including 255.255.255.255
  // IPv6
  '::/8', // reserved by IETF: unspecified, loopback, IPv4-compatible, NAT64 64:ff9b::/96 and /48
  '100::/8', // reserved by IETF, discard-only 100::/64
  '200::/7',
  '400::/6',
  '800::/5',
  '1000::/4',
  '2001::/23', // IETF protocol assignments (TEREDO, benchmarking, AMT, ORCHIDv2, ...)
  '2001:db8::/32', // documentation
  '2002::/16', // 6to4
  '2620:4f:8000::/48', // direct delegation AS112
  '3fff::/20', // documentation (RFC 9637)
  '4000::/3', // not allocated for global unicast
  '6000::/3',
  '8000::/3',
  'a000::/3',
  'c000::/3',
  'e000::/4',
  'f000::/5',
  'f800::/6',
  'fc00::/7', // unique local
  'fe00::/9', // reserved by IETF
  'fe80::/10', // link local
  'fec0::/10', // reserved by IETF (former site-local)
  'ff00::/8', // multicast
].map(cidr);

function inPrefix(ip: Uint8Array, p: Prefix): boolean {
  if (ip.length !== p.bytes.length) return false;
  const whole = p.bits >> 3;
  for (let i = 0; i < whole; i++) if (ip[i] !== p.bytes[i]) return false;
  const rest = p.bits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (((ip[whole] as number) ^ (p.bytes[whole] as number)) & mask) === 0;
}

/** Whether an address (4 or 16 octets) lies in an IANA reserved or special-purpose range. */
export function isReservedAddress(address: Uint8Array): boolean {
  const ip = toV4(address);
  if (ip.length !== 4 && ip.length !== 16) return true;
  return RESERVED.some((p) => inPrefix(ip, p));
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
    const ip = parseV4(labels.reverse().join('.'));
    if (!ip) return undefined;
    return isReservedAddress(ip) ? `${name} names a reserved IPv4 address` : undefined;
  }
  if (lower.endsWith(V6_ARPA)) {
    const labels = lower.slice(0, -V6_ARPA.length).split('.').reverse();
    if (labels.length !== 32) return undefined;
    const groups: string[] = [];
    for (let i = 0; i < 32; i += 4) groups.push(labels.slice(i, i + 4).join(''));
    const ip = parseAddress(groups.join(':'));
    if (!ip) return undefined;
    if (ip.length === 4) return `${name} names an IPv4 address in the IPv6 reverse zone`;
    return isReservedAddress(ip) ? `${name} names a reserved IPv6 address` : undefined;
  }
  return undefined;
}
