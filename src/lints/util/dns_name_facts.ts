/**
 * Everything the dNSName lints ask of one name, worked out once: a single pass
 * over its characters sets the syntax facts, then the public-suffix split, the
 * IANA TLD test and (for xn-- labels only) IDNA decoding add theirs. Each fact
 * is a bit, so a lint can tell in one test whether any name of a certificate
 * has it. Pure functions of the text; dns_san.ts caches them per certificate.
 */
// The file path picks the npm package over Node's deprecated built-in of the same name.
import punycode from 'punycode/punycode.js';
import tldList from 'tlds' with { type: 'json' };
import { getPublicSuffix } from 'tldts';

/** One bit per fact a dNSName lint checks. */
export const NameFact = {
  /** A leading, trailing or doubled dot, or no text at all. */
  emptyLabel: 1 << 0,
  /** A label over 63 octets (RFC 1035 2.3.4). */
  labelOver63: 1 << 1,
  /**
   * Outside the BR preferred syntax with wildcards and redaction, zlint's
   * /^(\*\.)?(\?\.)*([A-Za-z0-9*_-]+\.)*[A-Za-z0-9*_-]*$/: after an optional "*."
   * and any "?." prefixes, only letters, digits, '-', '_', '*' and dots, and
   * no empty label before a dot.
   */
  badCharacter: 1 << 2,
  /** A '*' in the left-most label that is not the whole label ("f*o.example.com"). */
  partialWildcardLabel: 1 << 3,
  /** A '*' in any label but the left-most. */
  wildcardBeyondLeftLabel: 1 << 4,
  /** A '*' anywhere after the first character. */
  wildcardAfterFirstCharacter: 1 << 5,
  endsInWildcard: 1 << 6,
  underscore: 1 << 7,
  nul: 1 << 8,
  /** A character above 0x7F (names are decoded octet for octet). */
  nonAscii: 1 << 9,
  startsWithPeriod: 1 << 10,
  singleSpace: 1 << 11,
  longerThan253: 1 << 12,
  fewerThanThreeLabels: 1 << 13,
  /** A Reserved LDH label ("ab--c", RFC 5890 2.3.1) that is not an xn-- label. */
  reservedLabel: 1 << 14,
  /** An xn-- label (ACE prefix in any case). */
  xnLabel: 1 << 15,
  /** An xn-- label that is not valid Punycode. */
  xnUndecodable: 1 << 16,
  /** The whole name is an IANA TLD ("com"). */
  bareIanaTld: 1 << 17,
  /** The right-most label is not an IANA TLD. */
  notIanaTld: 1 << 18,
  /** Ends in .in-addr.arpa or .ip6.arpa (any case). */
  reverseZone: 1 << 19,
  /** Ends in ".onion" (as zlint compares it, case-sensitively). */
  onion: 1 << 20,
  /** Ends in ".onion" in any case. */
  onionInAnyCase: 1 << 27,
  /** No public-suffix split (see `splitFacts`). */
  unsplittable: 1 << 21,
  /** The name is itself a public suffix. */
  bareSuffix: 1 << 22,
  /** The registrable label (SLD) begins or ends with a hyphen. */
  sldHyphenAtEdge: 1 << 23,
  sldUnderscore: 1 << 24,
  /** The registrable label is a wildcard: "*.<public suffix>". */
  sldWildcard: 1 << 25,
  /** An underscore in the labels left of the registrable label (the TRD). */
  trdUnderscore: 1 << 26,
} as const;

export interface NameFacts {
  readonly name: string;
  /** ASCII-only lower-casing: dNSNames are bytes, and only A–Z carry case in DNS. */
  readonly lower: string;
  /** The NameFact bits that hold. */
  readonly flags: number;
  /** The first xn-- label, left to right, that is not Punycode or does not decode to NFC. */
  readonly xnProblem: 'undecodable' | 'notNfc' | undefined;
}

const DOT = 0x2e;
const HYPHEN = 0x2d;
const STAR = 0x2a;
const NEWLINE = 0x0a;

/** What the scan does with an ASCII character; anything else is non-ASCII. */
const Kind = { plain: 0, upper: 1, hyphen: 2, underscore: 3, star: 4, dot: 5, nul: 6, other: 7 } as const;
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, c) => {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return Kind.plain;
  if (c >= 0x41 && c <= 0x5a) return Kind.upper;
  if (c === HYPHEN) return Kind.hyphen;
  if (c === 0x5f) return Kind.underscore;
  if (c === STAR) return Kind.star;
  if (c === DOT) return Kind.dot;
  return c === 0 ? Kind.nul : Kind.other;
});

export function analyseDnsName(name: string): NameFacts {
  let flags = 0;
  let labelCount = 1;
  let labelStart = 0;
  let firstDot = -1;
  let lastDot = -1;
  let starInLeftLabel = false;
  let upper = false;
  let hyphen = false;
  let xnLabels: string[] | undefined;
  // The BR syntax test (NameFact.badCharacter) starts after its prefixes.
  const brStart = brPrefixLength(name);
  // The loop runs one past the end, where a virtual dot closes the last label.
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : DOT;
    const kind = c < 0x80 ? (ASCII_KIND[c] as number) : -1;
    if (kind === Kind.plain) continue;
    if (kind === Kind.dot) {
      const length = i - labelStart;
      if (length === 0) {
        flags |= NameFact.emptyLabel;
        if (i < name.length && i >= brStart) flags |= NameFact.badCharacter;
      } else if (length > 63) flags |= NameFact.labelOver63;
      if (hyphensAt3And4(name, labelStart, length)) {
        if (isXnPrefix(name, labelStart)) (xnLabels ??= []).push(name.slice(labelStart, i));
        else flags |= NameFact.reservedLabel;
      }
      if (i < name.length) {
        labelCount++;
        if (firstDot < 0) firstDot = i;
        lastDot = i;
      }
      labelStart = i + 1;
    } else if (kind === Kind.upper) upper = true;
    else if (kind === Kind.hyphen) hyphen = true;
    else if (kind === Kind.underscore) flags |= NameFact.underscore;
    else if (kind === Kind.star) {
      if (i > 0) flags |= NameFact.wildcardAfterFirstCharacter;
      if (firstDot >= 0) flags |= NameFact.wildcardBeyondLeftLabel;
      else starInLeftLabel = true;
    } else {
      // NUL, other ASCII or non-ASCII: outside the BR syntax wherever it appears after the prefixes.
      if (i >= brStart) flags |= NameFact.badCharacter;
      if (kind === Kind.nul) flags |= NameFact.nul;
      else if (kind === -1) flags |= NameFact.nonAscii;
    }
  }
  // The left-most label is '*' exactly when it holds a star and is one character long.
  if (starInLeftLabel && (firstDot < 0 ? name.length : firstDot) !== 1)
    flags |= NameFact.partialWildcardLabel;
  if (name.charCodeAt(name.length - 1) === STAR) flags |= NameFact.endsInWildcard;
  if (firstDot === 0) flags |= NameFact.startsWithPeriod;
  if (name === ' ') flags |= NameFact.singleSpace;
  if (name.length > 253) flags |= NameFact.longerThan253;
  if (labelCount < 3) flags |= NameFact.fewerThanThreeLabels;

  const lower = upper ? asciiLower(name) : name;
  const tld = lastLabel(lower, lastDot + 1);
  if (!TLDS.has(tld)) flags |= NameFact.notIanaTld;
  else if (labelCount === 1) flags |= NameFact.bareIanaTld;
  if (tld === 'arpa' && (lower.endsWith('.in-addr.arpa') || lower.endsWith('.ip6.arpa')))
    flags |= NameFact.reverseZone;
  if (tld === 'onion' && labelCount > 1) {
    flags |= NameFact.onionInAnyCase;
    if (name.endsWith('.onion')) flags |= NameFact.onion;
  }
  // Only a hyphen, underscore or star can give the SLD or TRD a fact of its own.
  const labelFactsPossible =
    hyphen || starInLeftLabel || (flags & (NameFact.underscore | NameFact.wildcardAfterFirstCharacter)) !== 0;
  flags |= splitFacts(lower, labelFactsPossible);

  let xnProblem: NameFacts['xnProblem'];
  if (xnLabels) {
    flags |= NameFact.xnLabel;
    for (const label of xnLabels) {
      const unicode = xnLabelToUnicode(label);
      if (unicode === undefined) flags |= NameFact.xnUndecodable;
      xnProblem ??=
        unicode === undefined ? 'undecodable' : unicode.normalize('NFC') !== unicode ? 'notNfc' : undefined;
    }
  }
  return { name, lower, flags, xnProblem };
}

// The names of a certificate mostly share their TLD: reusing the last one
// spares a substring and its hash for nearly every name.
let previousLastLabel = '';

/** The text of `lower` from `start`, its right-most label. */
function lastLabel(lower: string, start: number): string {
  if (lower.length - start !== previousLastLabel.length || !lower.endsWith(previousLastLabel))
    previousLastLabel = lower.slice(start);
  return previousLastLabel;
}

/**
 * Hyphens in the third and fourth positions of a label, its first two
 * characters not newlines: the /^[^\n]{2}--/ test of a Reserved LDH label.
 */
function hyphensAt3And4(name: string, start: number, length: number): boolean {
  return (
    length >= 4 &&
    name.charCodeAt(start + 2) === HYPHEN &&
    name.charCodeAt(start + 3) === HYPHEN &&
    name.charCodeAt(start) !== NEWLINE &&
    name.charCodeAt(start + 1) !== NEWLINE
  );
}

/** "xn" in any case at `start` (the caller has checked the two hyphens after it). */
function isXnPrefix(name: string, start: number): boolean {
  return (name.charCodeAt(start) | 0x20) === 0x78 && (name.charCodeAt(start + 1) | 0x20) === 0x6e;
}

/** Any character above 0x7F (names are decoded octet for octet). */
export function nonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** ASCII-only lower-casing: dNSNames are bytes, and only A–Z carry case in DNS. */
function asciiLower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

// ---- BR preferred syntax -----------------------------------------------------------------------

/** The length of the optional "*." and any "?." prefixes. */
function brPrefixLength(name: string): number {
  let i = name.startsWith('*.') ? 2 : 0;
  while (name.startsWith('?.', i)) i += 2;
  return i;
}

// ---- public suffix decomposition ---------------------------------------------------------------

const PSL_OPTIONS = {
  allowPrivateDomains: false,
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;

/**
 * The facts of an ASCII-lower-cased name split around its ICANN public suffix
 * (private PSL entries ignored, unknown TLDs treated as suffixes by the
 * default "*" rule) as TRD.SLD.suffix: unsplittable when there is no such
 * split, a bare suffix when the name is itself one. The SLD and TRD are only
 * looked at when `labelFactsPossible`.
 */
function splitFacts(lower: string, labelFactsPossible: boolean): number {
  if (lower === '' || lower.startsWith('.')) return NameFact.unsplittable;
  const bare = NameFact.unsplittable | NameFact.bareSuffix;
  // An empty final label matches no rule but the default one, leaving nothing to register.
  if (lower.endsWith('.')) return bare;
  const suffix = getPublicSuffix(lower, PSL_OPTIONS);
  if (!suffix || suffix.length >= lower.length) return bare;
  const sldEnd = lower.length - suffix.length - 1;
  if (lower.charCodeAt(sldEnd) !== DOT || !lower.endsWith(suffix)) return bare;
  if (!labelFactsPossible) return 0;
  const dot = lower.lastIndexOf('.', sldEnd - 1);
  const sld = lower.slice(dot + 1, sldEnd);
  const trd = dot < 0 ? '' : lower.slice(0, dot);
  let flags = 0;
  if (sld.startsWith('-') || sld.endsWith('-')) flags |= NameFact.sldHyphenAtEdge;
  if (sld.includes('_')) flags |= NameFact.sldUnderscore;
  if (sld === '*') flags |= NameFact.sldWildcard;
  if (trd.includes('_')) flags |= NameFact.trdUnderscore;
  return flags;
}

// ---- top-level domains -------------------------------------------------------------------------

/**
 * The IANA root zone TLDs (the `tlds` package, IDN TLDs in their A-label form),
 * plus "onion" (RFC 7686), which zlint also accepts. Unlike zlint this set has
 * no delegation or removal dates: a TLD counts as valid whenever it is in the
 * current root zone. No entry has a dot.
 */
const TLDS: ReadonlySet<string> = new Set([
  ...tldList.map((t) => (nonAscii(t) ? punycode.toASCII(t) : t)),
  'onion',
]);

// ---- internationalized names -------------------------------------------------------------------

/**
 * Decodes one xn-- label (ACE prefix in any case) to Unicode as Go's
 * idna.ToUnicode does with its Punycode profile: only a Punycode decoding
 * failure is an error. Undefined on error.
 */
function xnLabelToUnicode(label: string): string | undefined {
  try {
    return punycode.decode(label.slice(4));
  } catch {
    return undefined;
  }
}
