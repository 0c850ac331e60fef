import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import punycode from 'punycode/punycode.js';
import tldList from 'tlds' with { type: 'json' };
import { getPublicSuffix } from 'tldts';
import { analyseDnsName, NameFact } from '../../../src/lints/util/dns_name_facts.js';

// The facts restated the plain way (split into labels, zlint's regular
// expressions), as the one-pass analysis must agree with them.

const labels = (n: string) => n.split('.');
const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const isXn = (l: string) => /^xn--/i.test(l);
const decode = (l: string) => {
  try {
    return punycode.decode(l.slice(4));
  } catch {
    return undefined;
  }
};
const TLDS = new Set([...tldList.map((t) => punycode.toASCII(t)), 'onion']);

type Split = { ok: false; bare: boolean } | { ok: true; trd: string; sld: string };

function split(name: string): Split {
  const lower = lowerAscii(name);
  if (lower === '' || lower.startsWith('.')) return { ok: false, bare: false };
  if (lower.endsWith('.')) return { ok: false, bare: true };
  const suffix = getPublicSuffix(lower, {
    allowPrivateDomains: false,
    extractHostname: false,
    validateHostname: false,
    detectIp: false,
    mixedInputs: false,
  });
  if (!suffix || suffix.length >= lower.length || !lower.endsWith(`.${suffix}`))
    return { ok: false, bare: true };
  const left = lower.slice(0, lower.length - suffix.length - 1);
  const dot = left.lastIndexOf('.');
  return { ok: true, trd: dot < 0 ? '' : left.slice(0, dot), sld: left.slice(dot + 1) };
}

const REFERENCE: Record<keyof typeof NameFact, (n: string) => boolean> = {
  emptyLabel: (n) => labels(n).includes(''),
  labelOver63: (n) => labels(n).some((l) => l.length > 63),
  badCharacter: (n) => !/^(\*\.)?(\?\.)*([A-Za-z0-9*_-]+\.)*[A-Za-z0-9*_-]*$/.test(n),
  partialWildcardLabel: (n) => {
    const left = labels(n)[0] as string;
    return left.includes('*') && left !== '*';
  },
  wildcardBeyondLeftLabel: (n) =>
    labels(n)
      .slice(1)
      .some((l) => l.includes('*')),
  wildcardAfterFirstCharacter: (n) => n.indexOf('*', 1) >= 0,
  endsInWildcard: (n) => n.endsWith('*'),
  underscore: (n) => n.includes('_'),
  nul: (n) => n.includes('\0'),
  nonAscii: (n) => [...n].some((c) => c.charCodeAt(0) > 0x7f),
  startsWithPeriod: (n) => n.startsWith('.'),
  singleSpace: (n) => n === ' ',
  longerThan253: (n) => n.length > 253,
  fewerThanThreeLabels: (n) => labels(n).length < 3,
  reservedLabel: (n) => labels(n).some((l) => /^[^\n]{2}--/.test(l) && !isXn(l)),
  xnLabel: (n) => labels(n).some(isXn),
  xnUndecodable: (n) => labels(n).some((l) => isXn(l) && decode(l) === undefined),
  bareIanaTld: (n) => TLDS.has(lowerAscii(n)),
  notIanaTld: (n) => !TLDS.has(lowerAscii(labels(n).at(-1) as string)),
  reverseZone: (n) => /\.(in-addr|ip6)\.arpa$/.test(lowerAscii(n)),
  onion: (n) => n.endsWith('.onion'),
  onionInAnyCase: (n) => /\.onion$/i.test(n),
  unsplittable: (n) => !split(n).ok,
  bareSuffix: (n) => {
    const s = split(n);
    return !s.ok && s.bare;
  },
  sldHyphenAtEdge: (n) => {
    const s = split(n);
    return s.ok && (s.sld.startsWith('-') || s.sld.endsWith('-'));
  },
  sldUnderscore: (n) => {
    const s = split(n);
    return s.ok && s.sld.includes('_');
  },
  sldWildcard: (n) => {
    const s = split(n);
    return s.ok && s.sld === '*';
  },
  trdUnderscore: (n) => {
    const s = split(n);
    return s.ok && s.trd.includes('_');
  },
};

function xnProblem(name: string): 'undecodable' | 'notNfc' | undefined {
  for (const l of labels(name).filter(isXn)) {
    const u = decode(l);
    if (u === undefined) return 'undecodable';
    if (u.normalize('NFC') !== u) return 'notNfc';
  }
  return undefined;
}

function assertAgrees(name: string): void {
  const facts = analyseDnsName(name);
  const shown = JSON.stringify(name);
  for (const [fact, holds] of Object.entries(REFERENCE)) {
    const bit = NameFact[fact as keyof typeof NameFact];
    assert.equal((facts.flags & bit) !== 0, holds(name), `${fact} of ${shown}`);
  }
  assert.equal(facts.lower, lowerAscii(name), `lower of ${shown}`);
  assert.equal(facts.xnProblem, xnProblem(name), `xnProblem of ${shown}`);
}

const TRICKY = [
  '',
  ' ',
  '.',
  '..',
  '*',
  '*.',
  '?.',
  '*.?.?.example.com',
  '?.*.example.com',
  '*..example.com',
  'www.Example.COM',
  'example.com.',
  '.example.com',
  'a..b.com',
  'f*o.example.com',
  '*.*.example.com',
  'foo.*.example.com',
  '*.co.uk',
  '*.com',
  'ab--cd.example.com',
  'xn--nxasmq6b.com',
  'XN--NXASMQ6B.COM',
  'xn--.com',
  'xn--a.example.com',
  'xn--cafe-yvc.com',
  'xn--e1afmkfd.xn--p1ai',
  `www.xn--${punycode.encode('e\u0301')}.xn--zz.com`,
  '\n\n--x.com',
  'a\n--x.com',
  '_dmarc.example.com',
  'a.b_c.co.uk',
  '-foo.example.com',
  'foo-.example.com',
  'example-.co.uk',
  'www.ck',
  'b.www.ck',
  'city.kawasaki.jp',
  'foo.kawasaki.jp',
  '1.168.192.in-addr.arpa',
  'X.IP6.ARPA',
  'example.onion',
  'example.ONION',
  'onion',
  'exa\0mple.com',
  'b\u00fccher.com',
  'caf\u00c9.com',
  'bad!char.com',
  'a'.repeat(64) + '.com',
  ('a'.repeat(60) + '.').repeat(5) + 'com',
  'com',
  'COM',
  'zz',
  'example.zz',
  'co.uk',
];

/** Seeded strings over the characters the facts look at. */
function* fuzz(count: number): Generator<string> {
  const alphabet = [
    'a',
    'b',
    'Z',
    'x',
    'n',
    'X',
    'N',
    '0',
    '-',
    '-',
    '_',
    '*',
    '?',
    '.',
    '.',
    '.',
    ' ',
    '\n',
    '\0',
    'é',
    'Ü',
  ];
  const tails = [
    '',
    '.com',
    '.co.uk',
    '.ck',
    '.kawasaki.jp',
    '.in-addr.arpa',
    '.onion',
    '.Onion',
    '.zz',
    '.',
    '.xn--p1ai',
  ];
  let seed = 7;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = next(12);
    for (let j = 0; j < length; j++) s += alphabet[next(alphabet.length)];
    if (next(4) === 0) s = `xn--${s}`;
    yield s + tails[next(tails.length)];
  }
}

describe('dNSName facts', () => {
  it('agree with the label-by-label definitions on tricky names', () => {
    for (const name of TRICKY) assertAgrees(name);
  });
  it('agree with the label-by-label definitions on generated names', () => {
    for (const name of fuzz(5000)) assertAgrees(name);
  });
});
