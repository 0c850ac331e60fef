import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CprFacts, type Deadline, clockState, cprDeadlines } from '../../src/rules/index.js';

const at = (iso: string) => Date.parse(iso);
const H = 3_600_000;
const RECEIVED = at('2026-11-23T10:00:00.000Z');

const facts = (over: Partial<CprFacts> = {}): CprFacts => ({
  receivedAt: RECEIVED,
  preliminaryReportSentAt: null,
  revocation: null,
  revocationPublishedAt: null,
  ...over,
});
const decided = (reason: number, extra: Partial<NonNullable<CprFacts['revocation']>> = {}) =>
  facts({ revocation: { reason, decidedAt: RECEIVED + 3 * H, ...extra } });

const byKey = (deadlines: Deadline[], key: string): Deadline => {
  const found = deadlines.find((d) => d.key === key);
  assert.ok(found, `no deadline ${key} in ${deadlines.map((d) => d.key).join(', ')}`);
  return found;
};
/** Each deadline as [key, obligation, hours after receipt]. */
const shape = (deadlines: Deadline[]) =>
  deadlines.map((d) => [d.key, d.obligation, (d.dueAt - RECEIVED) / H, d.startsAt === RECEIVED]);

describe('cprDeadlines: BR 4.9.5 preliminary report', () => {
  it('is due 24 h after receipt, cited, before any decision', () => {
    const [report, ...rest] = cprDeadlines(facts());
    assert.deepEqual(rest, []);
    assert.deepEqual(report, {
      key: 'cpr.preliminary-report',
      label: 'Preliminary report to the reporter and the subscriber',
      startsAt: RECEIVED,
      dueAt: at('2026-11-24T10:00:00.000Z'),
      obligation: 'MUST',
      rule: 'BR 4.9.5',
      citation: report?.citation,
      fact: 'CPR received',
      metAt: null,
    });
    assert.match(report?.citation ?? '', /subscriber/);
  });
  it('is met by a report sent at 23:59:59.999 and late at 24:00:00.000', () => {
    const sent = (iso: string) =>
      clockState(
        byKey(cprDeadlines(facts({ preliminaryReportSentAt: at(iso) })), 'cpr.preliminary-report'),
        0,
      );
    assert.equal(sent('2026-11-24T09:59:59.999Z'), 'met');
    assert.equal(sent('2026-11-24T10:00:00.000Z'), 'met_late');
  });
});

describe('cprDeadlines: revocation (BR 4.9.1.1, 4.9.5)', () => {
  it('adds no revocation deadline until a reason is decided', () =>
    assert.deepEqual(
      cprDeadlines(facts()).map((d) => d.key),
      ['cpr.preliminary-report'],
    ));
  for (let reason = 1; reason <= 16; reason++) {
    const expected =
      reason <= 5
        ? [['cpr.revocation', 'MUST', 24, true]]
        : [
            ['cpr.revocation.should', 'SHOULD', 24, true],
            ['cpr.revocation', 'MUST', 120, true],
          ];
    it(`reason ${reason}: ${reason <= 5 ? 'MUST 24 h' : 'SHOULD 24 h, MUST 120 h'} from receipt`, () => {
      const revocation = cprDeadlines(decided(reason)).slice(1);
      assert.deepEqual(shape(revocation), expected);
      for (const d of revocation) {
        assert.equal(d.rule, 'BR 4.9.1.1, 4.9.5');
        assert.equal(d.fact, 'CPR received');
        assert.match(d.label, new RegExp(`reason ${reason}:`));
      }
    });
  }
  it('counts from receipt, not from the decision', () => {
    const late = facts({ revocation: { reason: 3, decidedAt: RECEIVED + 20 * H } });
    assert.equal(byKey(cprDeadlines(late), 'cpr.revocation').dueAt, RECEIVED + 24 * H);
  });
  it('is met by publication at 23:59:59.999 and late at 24:00:00.000 (reason 3)', () => {
    const published = (iso: string) =>
      clockState(byKey(cprDeadlines({ ...decided(3), revocationPublishedAt: at(iso) }), 'cpr.revocation'), 0);
    assert.equal(published('2026-11-24T09:59:59.999Z'), 'met');
    assert.equal(published('2026-11-24T10:00:00.000Z'), 'met_late');
  });
  it('keeps the MUST met when the SHOULD is met late (reason 7, revoked after 3 days)', () => {
    const deadlines = cprDeadlines({ ...decided(7), revocationPublishedAt: RECEIVED + 72 * H });
    assert.equal(clockState(byKey(deadlines, 'cpr.revocation.should'), RECEIVED + 72 * H), 'met_late');
    assert.equal(clockState(byKey(deadlines, 'cpr.revocation'), RECEIVED + 72 * H), 'met');
  });
  it('holds the 5-day MUST to 119:59:59.999 (reason 12)', () => {
    const published = (ms: number) =>
      clockState(byKey(cprDeadlines({ ...decided(12), revocationPublishedAt: ms }), 'cpr.revocation'), 0);
    assert.equal(published(RECEIVED + 120 * H - 1), 'met');
    assert.equal(published(RECEIVED + 120 * H), 'met_late');
  });
  it('gives a subordinate CA certificate 7 days under BR 4.9.1.2, whatever the reason', () => {
    const deadlines = cprDeadlines(decided(3, { subordinateCa: true })).slice(1);
    assert.deepEqual(shape(deadlines), [['cpr.revocation', 'MUST', 168, true]]);
    assert.equal(deadlines[0]?.rule, 'BR 4.9.1.2');
  });
  it('sets no revocation deadline for a short-lived certificate, but keeps the preliminary report', () =>
    assert.deepEqual(
      cprDeadlines(decided(3, { shortLived: true })).map((d) => d.key),
      ['cpr.preliminary-report'],
    ));
  it('rejects a reason outside 1-16 as a bug', () =>
    assert.throws(() => cprDeadlines(decided(17)), RangeError));
  it('uses the rules in force on the day of receipt: none for revocation before BR 1.8.7', () => {
    const old = { ...decided(3), receivedAt: at('2023-07-14T23:59:59.999Z') };
    assert.deepEqual(
      cprDeadlines(old).map((d) => d.key),
      ['cpr.preliminary-report'],
    );
    const current = { ...old, receivedAt: at('2023-07-15T00:00:00.000Z') };
    assert.deepEqual(
      cprDeadlines(current).map((d) => d.key),
      ['cpr.preliminary-report', 'cpr.revocation'],
    );
  });
});
