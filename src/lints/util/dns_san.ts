/**
 * Shared helpers for the dNSName and subjectAltName / issuerAltName lints:
 * label parsing, public-suffix decomposition, the IANA TLD set, IDNA
 * decoding, a port of the URI and host checks zlint relies on, and IANA
 * reserved address ranges. Everything derived from a certificate is cached
 * once per certificate, so the ~65 lints that read the same names parse them once.
 */
// The file path picks the npm package over Node's deprecated built-in of the same name.
import punycode from 'punycode/punycode.js';
import tldList from 'tlds' with { type: 'json' };
import { getPublicSuffix } from 'tldts';
import { children, type DerNode, parseDer } from '../../der/node.js';
import { fail, notApplicable, type Outcome, pass } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';
import type { Extension } from '../../x509/extensions.js';
import type { GeneralName } from '../../x509/generalName.js';
import { parseIp } from '../../x509/ip.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';

// ---- names of a certificate ---------------------------------------------------------------------

export interface DnsView {
  /** The last subject commonName, as Go's pkix.Name keeps it, or ''. */
  readonly cn: string;
  /** The commonName parses as an IP address. */
  readonly cnIsIp: boolean;
  /** The commonName is checked with the SAN dNSNames by the BR lints (non-empty, not an IP). */
  readonly cnIsDomain: boolean;
  readonly sanDns: readonly string[];
  readonly ianDns: readonly string[];
  /** The names the BR lints check: a domain commonName, then the SAN dNSNames. */
  readonly brNames: readonly string[];
  /** The commonName (even empty or an IP address), then the SAN dNSNames. */
  readonly cnAndSan: readonly string[];
}

interface Memo extends DnsView {
  parsedCn?: ParsedDomain;
  parsedSan?: ParsedDomain[];
}

// The runner applies every lint to one certificate before the next, so a
// one-entry memo serves nearly every call without per-certificate maps.
let memoCert: Certificate | undefined;
let memo: Memo | undefined;

function memoOf(cert: Certificate): Memo {
  if (cert === memoCert && memo) return memo;
  const cns = attributeValues(cert.subject, OID.commonName);
  const cn = cns[cns.length - 1] ?? '';
  const cnIsIp = cn !== '' && parseIp(cn) !== undefined;
  const sanDns = namesOfTag(cert.extensions.subjectAltName, 2);
  const cnIsDomain = cn !== '' && !cnIsIp;
  memo = {
    cn,
    cnIsIp,
    cnIsDomain,
    sanDns,
    ianDns: namesOfTag(cert.extensions.issuerAltName, 2),
    brNames: cnIsDomain ? [cn, ...sanDns] : sanDns,
    cnAndSan: [cn, ...sanDns],
  };
  memoCert = cert;
  labelCache.clear();
  urlCache.clear();
  return memo;
}

// Pure functions of a name, memoised for the current certificate only (cleared with the memo).
const labelCache = new Map<string, readonly string[]>();
const urlCache = new Map<string, GoUrl | undefined>();

export const dnsView = (cert: Certificate): DnsView => memoOf(cert);

/** The string values of the IA5String-typed names (rfc822Name 1, dNSName 2, URI 6) of a tag. */
export function namesOfTag(names: readonly GeneralName[] | undefined, tag: 1 | 2 | 6): string[] {
  const out: string[] = [];
  if (names) for (const n of names) if (n.tag === tag) out.push(n.value);
  return out;
}

export function hasNameOfTag(names: readonly GeneralName[] | undefined, tag: number): boolean {
  return names?.some((n) => n.tag === tag) === true;
}

/** zlint's DNSNamesExist: a commonName or at least one SAN dNSName. */
export function dnsNamesExist(cert: Certificate): boolean {
  const v = dnsView(cert);
  return v.cn !== '' || v.sanDns.length > 0;
}

/** The names the BR lints check: the commonName when it is a domain, then the SAN dNSNames. */
export const brCheckedNames = (cert: Certificate): readonly string[] => memoOf(cert).brNames;

export const hasSan = (cert: Certificate): boolean => cert.extensions.byOid.has(OID.subjectAltName);
export const hasIan = (cert: Certificate): boolean => cert.extensions.byOid.has(OID.issuerAltName);

/** First element matching, for details. */
export function firstMatch(names: readonly string[], bad: (n: string) => boolean): string | undefined {
  for (const n of names) if (bad(n)) return n;
  return undefined;
}

/** A printable form of a name for details (control characters escaped). */
export function show(name: string): string {
  return JSON.stringify(name);
}

/** Any character above 0x7F (names are decoded octet for octet). */
export function nonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Any C0 control character or DEL, which Go's url.Parse refuses. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

// ---- labels ------------------------------------------------------------------------------------

/** ASCII-only lower-casing: dNSNames are bytes, and only A–Z carry case in DNS. */
export function asciiLower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

/** The labels of a name (memoised; do not modify the array). */
export function labelsOf(name: string): readonly string[] {
  let labels = labelCache.get(name);
  if (!labels) {
    labels = name.split('.');
    labelCache.set(name, labels);
  }
  return labels;
}

export const hasEmptyLabel = (name: string): boolean => labelsOf(name).includes('');

/** Any label over 63 octets (RFC 1035 2.3.4). */
export const hasLabelOver63 = (name: string): boolean => labelsOf(name).some((l) => l.length > 63);

/** A wildcard in the left-most label that is not the whole label ("f*o.example.com"). */
export function leftLabelWildcardIncorrect(name: string): boolean {
  const left = labelsOf(name)[0] as string;
  return left.includes('*') && left !== '*';
}

/** A wildcard in any label but the left-most. */
export const wildcardBeyondLeftLabel = (name: string): boolean =>
  labelsOf(name)
    .slice(1)
    .some((l) => l.includes('*'));

/** BR preferred syntax allowing wildcards and redaction: letters, digits, '-', '_', '*', with an optional "*." and "?." prefixes. */
const BR_NAME_CHARACTERS = /^(\*\.)?(\?\.)*([A-Za-z0-9*_-]+\.)*[A-Za-z0-9*_-]*$/;
export const badCharacterInLabel = (name: string): boolean => !BR_NAME_CHARACTERS.test(name);

/** RFC 5890 2.3.1: hyphens in the third and fourth positions make a Reserved LDH label. */
const RESERVED_LABEL = /^[^\n]{2}--/;
const XN_LABEL = /^xn--/i;
export const isXnLabel = (label: string): boolean => XN_LABEL.test(label);
export const isProhibitedReservedLabel = (label: string): boolean =>
  RESERVED_LABEL.test(label) && !XN_LABEL.test(label);

// ---- public suffix decomposition ---------------------------------------------------------------

/**
 * A name split around its ICANN public suffix (private PSL entries ignored,
 * unknown TLDs treated as suffixes by the default "*" rule): TRD.SLD.TLD.
 * `bareSuffix` marks a name that is itself a public suffix.
 */
export type ParsedDomain =
  | { readonly ok: true; readonly trd: string; readonly sld: string; readonly tld: string }
  | { readonly ok: false; readonly bareSuffix: boolean };

const PSL_OPTIONS = {
  allowPrivateDomains: false,
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;
const NOT_A_NAME: ParsedDomain = { ok: false, bareSuffix: false };
const BARE_SUFFIX: ParsedDomain = { ok: false, bareSuffix: true };

export function parseDomain(name: string): ParsedDomain {
  const lower = asciiLower(name);
  if (lower === '' || lower.startsWith('.')) return NOT_A_NAME;
  // An empty final label matches no rule but the default one, leaving nothing to register.
  if (lower.endsWith('.')) return BARE_SUFFIX;
  const suffix = getPublicSuffix(lower, PSL_OPTIONS);
  if (!suffix || suffix.length >= lower.length || !lower.endsWith(`.${suffix}`)) return BARE_SUFFIX;
  const left = lower.slice(0, lower.length - suffix.length - 1);
  const dot = left.lastIndexOf('.');
  return dot < 0
    ? { ok: true, trd: '', sld: left, tld: suffix }
    : { ok: true, trd: left.slice(0, dot), sld: left.slice(dot + 1), tld: suffix };
}

export function parsedCommonName(cert: Certificate): ParsedDomain {
  const m = memoOf(cert);
  m.parsedCn ??= parseDomain(m.cn);
  return m.parsedCn;
}

export function parsedSanDns(cert: Certificate): readonly ParsedDomain[] {
  const m = memoOf(cert);
  m.parsedSan ??= m.sanDns.map(parseDomain);
  return m.parsedSan;
}

/**
 * Runs a check on the SLD/TRD of each parsed name as zlint does: the commonName
 * first (when `withCn` and it is a domain), then the SAN dNSNames; a name that
 * does not parse makes the whole lint NA, the first offending name fails it.
 */
export function checkParsed(
  cert: Certificate,
  withCn: boolean,
  bad: (d: { trd: string; sld: string; tld: string }) => boolean,
): { status: 'pass' | 'NA' } | { status: 'fail'; name: string } {
  const v = dnsView(cert);
  if (withCn && v.cnIsDomain) {
    const d = parsedCommonName(cert);
    if (!d.ok) return { status: 'NA' };
    if (bad(d)) return { status: 'fail', name: v.cn };
  }
  const parsed = parsedSanDns(cert);
  for (let i = 0; i < parsed.length; i++) {
    const d = parsed[i] as ParsedDomain;
    if (!d.ok) return { status: 'NA' };
    if (bad(d)) return { status: 'fail', name: v.sanDns[i] as string };
  }
  return { status: 'pass' };
}

/** The outcome of a `checkParsed` result, the failing name described by `why`. */
export function parsedOutcome(r: ReturnType<typeof checkParsed>, why: (name: string) => string): Outcome {
  if (r.status === 'fail') return fail(why(r.name));
  return r.status === 'NA' ? notApplicable : pass;
}

/** Passes when no name is bad, else fails naming the first bad one. */
export function noBadName(names: readonly string[], bad: (n: string) => boolean, why: string): Outcome {
  const found = firstMatch(names, bad);
  return found === undefined ? pass : fail(`${show(found)} ${why}`);
}

// ---- top-level domains -------------------------------------------------------------------------

/**
 * The IANA root zone TLDs (the `tlds` package, IDN TLDs in their A-label form),
 * plus "onion" (RFC 7686), which zlint also accepts. Unlike zlint this set has
 * no delegation or removal dates: a TLD counts as valid whenever it is in the
 * current root zone.
 */
const TLDS: ReadonlySet<string> = new Set([
  ...tldList.map((t) => (nonAscii(t) ? punycode.toASCII(t) : t)),
  'onion',
]);

export const isIanaTld = (label: string): boolean => TLDS.has(asciiLower(label));

/** The right-most label is an IANA TLD. */
export function hasValidTld(name: string): boolean {
  const labels = labelsOf(name);
  return isIanaTld(labels[labels.length - 1] as string);
}

// ---- internationalized names -------------------------------------------------------------------

/**
 * Decodes one xn-- label (ACE prefix in any case) to Unicode as Go's
 * idna.ToUnicode does with its Punycode profile: only a Punycode decoding
 * failure is an error. Undefined on error.
 */
export function xnLabelToUnicode(label: string): string | undefined {
  try {
    return punycode.decode(label.slice(4));
  } catch {
    return undefined;
  }
}

// ---- onion names -------------------------------------------------------------------------------

/** zlint's CertificateSubjInTLD(".onion"): any SAN dNSName or the commonName ends in ".onion". */
export function hasOnionName(cert: Certificate): boolean {
  const v = dnsView(cert);
  return v.cn.endsWith('.onion') || v.sanDns.some((n) => n.endsWith('.onion'));
}

const BASE32 = /^[a-zA-Z2-7]+$/;

/**
 * Why an .onion name is not acceptable (Tor rendezvous v2 only in EV, v3
 * everywhere; BRs Appendix C / EVGs Appendix F), or undefined when it is.
 */
export function onionProblem(name: string, ev: boolean): string | undefined {
  const labels = labelsOf(name);
  const address = labels[labels.length - 2] ?? '';
  if (labels.length < 2) return `${show(name)} has too few labels`;
  if (address.length === 16) {
    if (!ev) return `${show(name)} is a Tor v2 address in a non-EV certificate`;
  } else if (address.length !== 56) return `${show(name)} is not a Tor v2 or v3 address`;
  if (!BASE32.test(address)) return `${show(name)} has characters outside base-32`;
  return undefined;
}

// ---- raw GeneralNames --------------------------------------------------------------------------

/** The GeneralName TLVs of a SAN/IAN extension value, or undefined when it is not a SEQUENCE of TLVs. */
export function rawGeneralNames(ext: Extension | undefined): DerNode[] | undefined {
  if (!ext) return undefined;
  try {
    const seq = parseDer(ext.value);
    if (seq.cls !== 0 || seq.tag !== 16 || !seq.constructed) return undefined;
    return children(seq);
  } catch {
    return undefined;
  }
}

/** zlint's IsEmptyASN1Sequence: fewer than two octets, or 30 00. */
export function isEmptySequence(value: Uint8Array): boolean {
  return value.length < 2 || (value[0] === 0x30 && value[1] === 0x00);
}

// ---- URIs, as Go's net/url parses them ----------------------------------------------------------

export interface GoUrl {
  readonly scheme: string;
  readonly opaque: string;
  readonly hasUser: boolean;
  readonly host: string;
  readonly path: string;
}

const HEX = /^[0-9A-Fa-f]{2}$/;
const HOST_OK = /[A-Za-z0-9!$&'()*+,;=:[\]<>"\-_.~]/;
const USERINFO = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;
const PORT = /^(:[0-9]*)?$/;

/** Checks %-escapes (and, for a host, the characters allowed), returning the unescaped text or undefined. */
function goUnescape(s: string, host: boolean): string | undefined {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s[i] as string;
    if (c === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (i + 2 >= s.length || !HEX.test(hex)) return undefined;
      if (host && Number.parseInt(hex[0] as string, 16) < 8 && hex !== '25') return undefined;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 3;
    } else {
      if (host && c.charCodeAt(0) < 0x80 && !HOST_OK.test(c)) return undefined;
      out += c;
      i++;
    }
  }
  return out;
}

function parseHost(host: string): string | undefined {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0 || !PORT.test(host.slice(close + 1))) return undefined;
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !PORT.test(host.slice(colon))) return undefined;
  }
  return goUnescape(host, true);
}

/** Go's url.Parse, reduced to the fields the lints read; undefined where Go returns an error. */
export function parseGoUrl(raw: string): GoUrl | undefined {
  if (urlCache.has(raw)) return urlCache.get(raw);
  const u = parseGoUrlUncached(raw);
  urlCache.set(raw, u);
  return u;
}

function parseGoUrlUncached(raw: string): GoUrl | undefined {
  const hash = raw.indexOf('#');
  const u = hash < 0 ? raw : raw.slice(0, hash);
  if (hash >= 0 && goUnescape(raw.slice(hash + 1), false) === undefined) return undefined;
  if (hasControl(u)) return undefined;
  if (u === '*') return { scheme: '', opaque: '', hasUser: false, host: '', path: '*' };
  let scheme = '';
  let rest = u;
  for (let i = 0; i < u.length; i++) {
    const c = u[i] as string;
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) break;
      continue;
    }
    if (c === ':') {
      if (i === 0) return undefined;
      scheme = u.slice(0, i).toLowerCase();
      rest = u.slice(i + 1);
    }
    break;
  }
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { scheme, opaque: rest, hasUser: false, host: '', path: '' };
    const slash = rest.indexOf('/');
    if ((slash < 0 ? rest : rest.slice(0, slash)).includes(':')) return undefined;
  }
  let host = '';
  let hasUser = false;
  if ((scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    const at = authority.lastIndexOf('@');
    const parsedHost = parseHost(at < 0 ? authority : authority.slice(at + 1));
    if (parsedHost === undefined) return undefined;
    host = parsedHost;
    if (at >= 0) {
      const userinfo = authority.slice(0, at);
      if (!USERINFO.test(userinfo) || goUnescape(userinfo, false) === undefined) return undefined;
      hasUser = true;
    }
  }
  const path = goUnescape(rest, false);
  if (path === undefined) return undefined;
  return { scheme, opaque: '', hasUser, host, path };
}

/** RFC 5280 4.2.1.6: a URI needs a scheme and a scheme-specific part (zlint's reading of it). */
export function uriFormatInvalid(uri: string): boolean {
  const u = parseGoUrl(uri);
  return !u || u.scheme === '' || (u.host === '' && !u.hasUser && u.opaque === '' && u.path === '');
}

/** An absolute URI: it parses and has a scheme. */
export function uriIsAbsolute(uri: string): boolean {
  const u = parseGoUrl(uri);
  return u !== undefined && u.scheme !== '';
}

// The host syntax zlint accepts (govalidator's URL expression, as zcrypto carries it), with the
// nested repetition of the host-label part rewritten into an equivalent unambiguous form.
const IPV6 =
  '(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))';
const NS = '[^\\t\\n\\f\\r ]';
const X = '[a-zA-Z\\u00a1-\\uffff0-9]';
const URL_IP =
  '([1-9]\\d?|1\\d\\d|2[01]\\d|22[0-3])(\\.(1?\\d{1,2}|2[0-4]\\d|25[0-5])){2}(?:\\.([0-9]\\d?|1\\d\\d|2[0-4]\\d|25[0-4]))';
const URL_SUBDOMAIN = '((www\\.)|([a-zA-Z0-9]+([-_.]?[a-zA-Z0-9])*[a-zA-Z0-9]\\.[a-zA-Z0-9]+))';
const URL_RE = new RegExp(
  `^((ftp|tcp|udp|wss?|https?):\\/\\/)?(${NS}+(:${NS}*)?@)?((${URL_IP}|(\\[${IPV6}\\])|(([a-zA-Z0-9]([a-zA-Z0-9-_]+)?[a-zA-Z0-9]([-.][a-zA-Z0-9]+)*)|(${URL_SUBDOMAIN}?))?(${X}+(?:--?${X}+)*)(?:\\.([a-zA-Z\\u00a1-\\uffff]{1,}))?))\\.?(:(\\d{1,5}))?((\\/|\\?|#)${NS}*)?$`,
);

/** zcrypto's IsURL, used by zlint as its FQDN test. */
function isUrlLike(s: string): boolean {
  if (s.length <= 3 || [...s].length >= 2083 || s.startsWith('.')) return false;
  const u = parseGoUrl(s.includes(':') && !s.includes('://') ? `http://${s}` : s);
  if (!u || u.host.startsWith('.')) return false;
  if (u.host === '' && u.path !== '' && !u.path.includes('.')) return false;
  return URL_RE.test(s);
}

/** zlint's IsFQDN: after dropping a "*." and any "?." prefixes, the rest is a host name. */
export function isFqdn(host: string): boolean {
  let h = host.startsWith('*.') ? host.slice(2) : host;
  while (h.startsWith('?.')) h = h.slice(2);
  return isUrlLike(h);
}

export const isFqdnOrIp = (host: string): boolean => isFqdn(host) || parseIp(host) !== undefined;

/** zlint's GetHost: the host part of an authority (after any "user@", before any ":port"). */
export function hostOfAuthority(auth: string): string {
  let begin = auth.indexOf('@');
  if (begin === auth.length - 1) begin = -1;
  let end = auth.indexOf(':');
  if (end < 0) end = auth.length;
  return end < begin ? '' : auth.slice(begin + 1, end);
}
