/**
 * Shared helpers for the dNSName and subjectAltName / issuerAltName lints: the
 * names of a certificate with their facts (dns_name_facts.ts), a port of the
 * URI and host checks zlint relies on, and raw GeneralName access. Everything
 * derived from a certificate is cached once per certificate, so the ~65 lints
 * that read the same names analyse each name once.
 */
import { children, type DerNode, parseDer } from '../../der/node.js';
import { type CertificateLint, fail, notApplicable, type Outcome, pass } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import type { Extension } from '../../x509/extensions.js';
import type { GeneralName } from '../../x509/generalName.js';
import { parseIp } from '../../x509/ip.js';
import { memoForLastCertificate } from '../../x509/memo.js';
import { attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { analyseDnsName, NameFact, type NameFacts } from './dns_name_facts.js';

// ---- names of a certificate ---------------------------------------------------------------------

/** Names in certificate order, with their facts. */
export interface NameList {
  readonly facts: readonly NameFacts[];
  /** Every NameFact bit that holds for at least one of the names. */
  readonly any: number;
}

export interface DnsView {
  /** The last subject commonName, as Go's pkix.Name keeps it, or ''. */
  readonly cn: string;
  /** The commonName parses as an IP address. */
  readonly cnIsIp: boolean;
  /** The commonName is checked with the SAN dNSNames by the BR lints (non-empty, not an IP). */
  readonly cnIsDomain: boolean;
  /** The SAN dNSNames. */
  readonly san: NameList;
  /** The IAN dNSNames. */
  readonly ian: NameList;
  /** The names the BR lints check: a domain commonName, then the SAN dNSNames. */
  readonly br: NameList;
  /** The commonName (even empty or an IP address), then the SAN dNSNames. */
  readonly cnAndSan: NameList;
}

function nameList(facts: readonly NameFacts[]): NameList {
  let any = 0;
  for (const f of facts) any |= f.flags;
  return { facts, any };
}

/** Parsed URIs, a pure function of the text, kept for the current certificate only (cleared by dnsView). */
const urlCache = new Map<string, GoUrl | undefined>();

export const dnsView = memoForLastCertificate((cert): DnsView => {
  const cns = attributeValues(cert.subject, OID.commonName);
  const cn = cns[cns.length - 1] ?? '';
  const cnIsIp = cn !== '' && parseIp(cn) !== undefined;
  const cnIsDomain = cn !== '' && !cnIsIp;
  const cnFacts = analyseDnsName(cn);
  const sanFacts = namesOfTag(cert.extensions.subjectAltName, 2).map(analyseDnsName);
  urlCache.clear();
  return {
    cn,
    cnIsIp,
    cnIsDomain,
    san: nameList(sanFacts),
    ian: nameList(namesOfTag(cert.extensions.issuerAltName, 2).map(analyseDnsName)),
    br: nameList(cnIsDomain ? [cnFacts, ...sanFacts] : sanFacts),
    cnAndSan: nameList([cnFacts, ...sanFacts]),
  };
});

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
  return v.cn !== '' || v.san.facts.length > 0;
}

export const hasSan = (cert: Certificate): boolean => cert.extensions.byOid.has(OID.subjectAltName);
export const hasIan = (cert: Certificate): boolean => cert.extensions.byOid.has(OID.issuerAltName);

/** A printable form of a name for details (control characters escaped). */
export function show(name: string): string {
  return JSON.stringify(name);
}

// ---- checks over names -------------------------------------------------------------------------

/** Passes when no name has the fact, else fails naming the first that has it. */
export function noNameWith(list: NameList, fact: number, why: string): Outcome {
  if ((list.any & fact) === 0) return pass;
  const found = list.facts.find((f) => (f.flags & fact) !== 0) as NameFacts;
  return fail(`${show(found.name)} ${why}`);
}

/**
 * Checks the public-suffix split of each name as zlint does: a name that
 * cannot be split makes the whole lint NA, the first name whose split has the
 * fact fails it.
 */
export function noSplitNameWith(list: NameList, fact: number, why: string): Outcome {
  if ((list.any & (NameFact.unsplittable | fact)) === 0) return pass;
  for (const f of list.facts) {
    if ((f.flags & NameFact.unsplittable) !== 0) return notApplicable;
    if ((f.flags & fact) !== 0) return fail(`${show(f.name)} ${why}`);
  }
  return pass;
}

/**
 * The shape of most dNSName lints: for subscriber certificates with names
 * (and, for the BR lints, usable for TLS servers, as zlint scopes them), no
 * name of the list may have the fact. `split` checks it on the public-suffix
 * split, where a name that cannot be split makes the lint NA.
 */
export function namesWithout(
  which: { readonly list: 'br' | 'san'; readonly tlsOnly: boolean; readonly split?: boolean },
  fact: number,
  why: string,
): Pick<CertificateLint, 'appliesTo' | 'run'> {
  const check = which.split ? noSplitNameWith : noNameWith;
  return {
    appliesTo: (cert) => (!which.tlsOnly || isServerAuth(cert)) && isSubscriber(cert) && dnsNamesExist(cert),
    run: (cert) => check(dnsView(cert)[which.list], fact, why),
  };
}

/** Passes when no name is bad, else fails naming the first bad one. */
export function noBadName(names: readonly string[], bad: (n: string) => boolean, why: string): Outcome {
  const found = names.find(bad);
  return found === undefined ? pass : fail(`${show(found)} ${why}`);
}

// ---- onion names -------------------------------------------------------------------------------

/** zlint's CertificateSubjInTLD(".onion"): any SAN dNSName or the commonName ends in ".onion". */
export function hasOnionName(cert: Certificate): boolean {
  return (dnsView(cert).cnAndSan.any & NameFact.onion) !== 0;
}

const BASE32 = /^[a-zA-Z2-7]+$/;

/**
 * Why an .onion name is not acceptable (Tor rendezvous v2 only in EV, v3
 * everywhere; BRs Appendix C / EVGs Appendix F), or undefined when it is.
 */
export function onionProblem(name: string, ev: boolean): string | undefined {
  const labels = name.split('.');
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

/** Any C0 control character or DEL, which Go's url.Parse refuses. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

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
