/**
 * Feeds 100,000 mutated certificates, tbsCertificates and CRLs through the
 * library: none may throw, hang, or crash a lint; each is linted or reported
 * fatal with a reason. The generator is seeded, so a failure names a case that
 * reproduces.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { concat, sequence, tlv } from '../../src/der/encode.js';
import { children, encoded, parseDer } from '../../src/der/node.js';
import { type LintReport, lintCertificate, lintCrl, lintTbsCertificate } from '../../src/linter/index.js';
import { OID } from '../../src/x509/oids.js';
import { crl, ext, leaf, root, subCA } from '../support/certs.js';
import { seededRandom } from '../support/random.js';

const CASES = 100_000;

type Mutation = (input: Uint8Array, rnd: () => number) => Uint8Array;

const pick = (rnd: () => number, n: number) => Math.floor(rnd() * n);

const mutations: Record<string, Mutation> = {
  bitFlips: (input, rnd) => {
    const out = input.slice();
    for (let i = 1 + pick(rnd, 8); i > 0; i--) {
      const at = pick(rnd, out.length);
      out[at] = (out[at] as number) ^ (1 << pick(rnd, 8));
    }
    return out;
  },
  truncation: (input, rnd) => input.subarray(0, pick(rnd, input.length)),
  lengthCorruption: (input, rnd) => {
    const out = input.slice();
    // Length octets follow a tag; corrupt the octet after a random constructed tag.
    for (let tries = 0; tries < 20; tries++) {
      const at = pick(rnd, out.length - 1);
      if (((out[at] as number) & 0x20) !== 0) {
        out[at + 1] = [0x80, 0xff, 0x84, 0x00, pick(rnd, 256)][pick(rnd, 5)] as number;
        break;
      }
    }
    return out;
  },
  byteSplice: (input, rnd) => {
    const a = pick(rnd, input.length);
    const b = pick(rnd, input.length);
    return concat([input.subarray(0, a), input.subarray(b, Math.min(input.length, b + pick(rnd, 64)))]);
  },
  deepNesting: (input, rnd) => {
    // An unknown extension whose value nests SEQUENCEs thousands deep, then the whole certificate in more.
    let value: Uint8Array = Uint8Array.of(0x05, 0x00);
    for (let i = 500 + pick(rnd, 3000); i > 0; i--) value = tlv(0x30, value);
    const withExt = leaf({ ext: { '1.3.6.1.4.1.99999.1': ext.raw('1.3.6.1.4.1.99999.1', false, value) } });
    let wrapped = rnd() < 0.5 ? withExt : input;
    for (let i = pick(rnd, 2000); i > 0; i--) wrapped = sequence(wrapped);
    return wrapped;
  },
};

function tbsOf(der: Uint8Array): Uint8Array {
  return encoded(children(parseDer(der))[0] as ReturnType<typeof parseDer>);
}

function checkReport(report: LintReport, label: string): void {
  if (report.fatal) {
    assert.ok(report.fatal.reason.length > 0, `${label}: fatal without a reason`);
    assert.ok(Number.isInteger(report.fatal.offset), `${label}: fatal without an offset`);
    return;
  }
  for (const [name, r] of Object.entries(report.results)) {
    if (r.status === 'fatal') assert.fail(`${label}: lint ${name} crashed: ${r.details}`);
  }
}

describe('fuzzing the linter', () => {
  it(`survives ${CASES.toLocaleString('en')} mutated inputs`, () => {
    const certs = [
      leaf(),
      leaf({ key: 'p256' }),
      leaf({
        key: 'p384',
        ext: {
          [OID.certificatePolicies]: ext.certificatePolicies([
            { oid: OID.evGuidelines, cps: 'http://cps.example.net' },
          ]),
        },
      }),
      subCA(),
      root(),
    ];
    const bases: { der: Uint8Array; lint: (d: Uint8Array) => LintReport }[] = [
      ...certs.map((der) => ({ der, lint: (d: Uint8Array) => lintCertificate(d) })),
      { der: tbsOf(certs[0] as Uint8Array), lint: (d: Uint8Array) => lintTbsCertificate(d) },
      { der: crl(), lint: (d: Uint8Array) => lintCrl(d) },
    ];
    const names = Object.keys(mutations);
    const rnd = seededRandom(0x5eed);
    let parsed = 0;
    let slowest = 0;
    for (let i = 0; i < CASES; i++) {
      const base = bases[i % bases.length] as (typeof bases)[number];
      const name = names[pick(rnd, names.length)] as string;
      // Deep nesting is costly to build; one case in fifty.
      const mutation = name === 'deepNesting' && i % 50 !== 0 ? 'bitFlips' : name;
      const input = (mutations[mutation] as Mutation)(base.der, rnd);
      const started = performance.now();
      let report: LintReport;
      try {
        report = base.lint(input);
      } catch (e) {
        assert.fail(`case ${i} (${mutation}) threw: ${(e as Error).stack}`);
      }
      slowest = Math.max(slowest, performance.now() - started);
      checkReport(report, `case ${i} (${mutation})`);
      if (!report.fatal) parsed++;
    }
    // A hang shows as one input taking seconds; the budget is generous so a busy CI machine never trips it.
    assert.ok(slowest < 2000, `slowest input took ${slowest.toFixed(0)} ms`);
    assert.ok(
      parsed > CASES / 20,
      `only ${parsed} mutants parsed: the mutations are too destructive to reach the lints`,
    );
    console.log(`fuzz: ${CASES} inputs, ${parsed} parsed and linted, slowest ${slowest.toFixed(1)} ms`);
  });
});
