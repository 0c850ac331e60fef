import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Deadline, alertPoints, clockState, dueAlertPoints } from '../../src/rules/index.js';

const START = Date.parse('2026-11-23T10:00:00.000Z');
const H = 3_600_000;
const deadline = (hours: number, metAt: number | null = null): Deadline => ({
  key: 'cpr.revocation',
  label: 'Revocation published',
  startsAt: START,
  dueAt: START + hours * H,
  obligation: 'MUST',
  rule: 'BR 4.9.1.1, 4.9.5',
  citation: 'test',
  fact: 'CPR received',
  metAt,
});

describe('alertPoints', () => {
  it('warns at 50, 75, 90 and 100 % of a 24 h window, escalating', () =>
    assert.deepEqual(alertPoints(deadline(24)), [
      { key: 'cpr.revocation@50', fraction: 0.5, at: START + 12 * H, tier: ['owner'] },
      { key: 'cpr.revocation@75', fraction: 0.75, at: START + 18 * H, tier: ['owner', 'co-owner'] },
      {
        key: 'cpr.revocation@90',
        fraction: 0.9,
        at: START + 21.6 * H,
        tier: ['owner', 'co-owner', 'management'],
      },
      {
        key: 'cpr.revocation@100',
        fraction: 1,
        at: START + 24 * H,
        tier: ['owner', 'co-owner', 'management'],
      },
    ]));
  it('scales to a 5-day window: 60, 90, 108 and 120 h', () =>
    assert.deepEqual(
      alertPoints(deadline(120)).map((p) => (p.at - START) / H),
      [60, 90, 108, 120],
    ));
  it('rounds a point that falls between milliseconds down, so no alert comes late', () => {
    const odd = { ...deadline(24), dueAt: START + 24 * H + 1 };
    assert.deepEqual(
      alertPoints(odd).map((p) => p.at - START),
      [12 * H, 18 * H, 21.6 * H, 24 * H + 1],
    );
  });
  it('fires the breach exactly when the clock turns overdue', () => {
    const breach = alertPoints(deadline(24)).at(-1);
    assert.ok(breach);
    assert.equal(clockState(deadline(24), breach.at - 1), 'due_soon');
    assert.equal(clockState(deadline(24), breach.at), 'overdue');
  });
  it('schedules nothing for a met deadline, even a late one', () => {
    assert.deepEqual(alertPoints(deadline(24, START + H)), []);
    assert.deepEqual(alertPoints(deadline(24, START + 30 * H)), []);
  });
});

describe('dueAlertPoints', () => {
  const keys = (now: number) => dueAlertPoints(deadline(24), now).map((p) => p.key);
  it('returns nothing before the 50 % point, and that point from its instant', () => {
    assert.deepEqual(keys(START + 12 * H - 1), []);
    assert.deepEqual(keys(START + 12 * H), ['cpr.revocation@50']);
  });
  it('includes the breach from 24:00:00.000, not at 23:59:59.999', () => {
    assert.deepEqual(keys(START + 24 * H - 1), [
      'cpr.revocation@50',
      'cpr.revocation@75',
      'cpr.revocation@90',
    ]);
    assert.equal(keys(START + 24 * H).at(-1), 'cpr.revocation@100');
  });
  it('returns nothing once the deadline is met', () =>
    assert.deepEqual(dueAlertPoints(deadline(24, START + 13 * H), START + 30 * H), []));
});
