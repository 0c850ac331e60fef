import { describe, it } from 'node:test';
import { octetString } from '../../../src/der/encode.js';
import { OID } from '../../../src/x509/oids.js';
import { ext, extension, leaf, subCA } from '../../support/certs.js';
import { assertLint } from '../../support/lint.js';

const LINT = 'w_ct_sct_policy_count_unsatisfied';
const DAY = 86_400_000;
const START = new Date('2026-06-01T00:00:00Z');

/** A v1 SCT whose log ID is 32 octets of `log`. */
function sct(log: number): Uint8Array {
  return Uint8Array.from([
    0,
    ...new Array(32).fill(log),
    0,
    0,
    1,
    0x9a,
    0,
    0,
    0,
    0,
    0,
    0,
    4,
    3,
    0,
    2,
    0xab,
    0xcd,
  ]);
}

/** The SCT list extension: OCTET STRING of the TLS-encoded list. */
function sctList(...logs: number[]): Uint8Array {
  const items = logs.map(sct).map((s) => Uint8Array.from([s.length >> 8, s.length & 0xff, ...s]));
  const body = items.flatMap((i) => [...i]);
  const list = Uint8Array.from([body.length >> 8, body.length & 0xff, ...body]);
  return extension(OID.ctSctList, false, octetString(list));
}

const withScts = (days: number, ...logs: number[]) => ({
  notBefore: START,
  notAfter: new Date(START.getTime() + days * DAY),
  ext: { [OID.ctSctList]: sctList(...logs) },
});

describe(LINT, () => {
  it('passes with two logs for a 90-day certificate', () =>
    assertLint(LINT, leaf(withScts(90, 1, 2)), 'pass'));
  it('notes without embedded SCTs', () => assertLint(LINT, leaf(), 'notice'));
  it('notes with one log for a 90-day certificate', () => assertLint(LINT, leaf(withScts(90, 1)), 'notice'));
  it('notes with two SCTs from the same log', () => assertLint(LINT, leaf(withScts(90, 7, 7)), 'notice'));
  it('notes with two logs for a 16-month certificate', () =>
    assertLint(LINT, leaf(withScts(16 * 31, 1, 2)), 'notice'));
  it('passes with three logs for a 16-month certificate', () =>
    assertLint(LINT, leaf(withScts(16 * 31, 1, 2, 3)), 'pass'));
  it('notes with four logs for a 40-month certificate', () =>
    assertLint(LINT, leaf(withScts(40 * 31, 1, 2, 3, 4)), 'notice'));
  it('passes with five logs for a 40-month certificate', () =>
    assertLint(LINT, leaf(withScts(40 * 31, 1, 2, 3, 4, 5)), 'pass'));
  it('treats a malformed list as no SCTs', () =>
    assertLint(
      LINT,
      leaf({
        ext: { [OID.ctSctList]: extension(OID.ctSctList, false, octetString(Uint8Array.of(0, 9, 1))) },
      }),
      'notice',
    ));
  it('is NA for a precertificate', () =>
    assertLint(LINT, leaf({ ext: { [OID.ctPoison]: ext.ctPoison() } }), 'NA'));
  it('is NA for a CA', () => assertLint(LINT, subCA(), 'NA'));
  it('is not effective before October 2018', () =>
    assertLint(
      LINT,
      leaf({ notBefore: new Date('2018-01-01T00:00:00Z'), notAfter: new Date('2018-03-01T00:00:00Z') }),
      'NE',
    ));
});
