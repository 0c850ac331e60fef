import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alertKey, planAlerts } from '../../src/alerts/plan.js';
import type { Deadline } from '../../src/rules/index.js';
import { H, T0 } from './fixtures.js';

const deadline: Deadline = {
  key: 'cpr.preliminary-report',
  label: 'Preliminary report',
  startsAt: T0,
  dueAt: T0 + 24 * H,
  obligation: 'MUST',
  rule: 'BR 4.9.5',
  citation: 'test',
  fact: 'CPR received',
  metAt: null,
};

const plan = (now: number, recorded: string[] = []) => {
  const p = planAlerts(deadline, now, (point) => recorded.includes(point.key));
  return p && { fire: p.fire?.key ?? null, supersede: p.supersede.map((s) => s.key) };
};

describe('planAlerts', () => {
  it('plans nothing before the first point', () => assert.equal(plan(T0 + 12 * H - 1), null));
  it('fires a point that has come due', () =>
    assert.deepEqual(plan(T0 + 12 * H), { fire: 'cpr.preliminary-report@50', supersede: [] }));
  it('plans nothing once the due points are recorded', () =>
    assert.equal(plan(T0 + 13 * H, ['cpr.preliminary-report@50']), null));
  it('fires the next point when it comes', () =>
    assert.deepEqual(plan(T0 + 18 * H, ['cpr.preliminary-report@50']), {
      fire: 'cpr.preliminary-report@75',
      supersede: [],
    }));
  it('fires only the highest of several due points and supersedes the rest, highest first', () =>
    assert.deepEqual(plan(T0 + 30 * H), {
      fire: 'cpr.preliminary-report@100',
      supersede: ['cpr.preliminary-report@90', 'cpr.preliminary-report@75', 'cpr.preliminary-report@50'],
    }));
  it('only records a point below one already recorded', () =>
    assert.deepEqual(plan(T0 + 19 * H, ['cpr.preliminary-report@75']), {
      fire: null,
      supersede: ['cpr.preliminary-report@50'],
    }));
  it('plans nothing for a met deadline', () =>
    assert.equal(
      planAlerts({ ...deadline, metAt: T0 + H }, T0 + 30 * H, () => false),
      null,
    ));
});

const CASE_12 = { type: 'case', id: 12 } as const;

describe('alertKey', () => {
  it('names the case, the point and the instant the window was counted to', () =>
    assert.equal(
      alertKey(CASE_12, deadline, { key: 'cpr.preliminary-report@75' }),
      'case:12:cpr.preliminary-report@75/2026-11-24T10:00:00.000Z',
    ));
  it('differs when the same deadline gets another window', () =>
    assert.notEqual(
      alertKey(CASE_12, deadline, { key: 'cpr.revocation@50' }),
      alertKey(CASE_12, { dueAt: deadline.dueAt + 96 * H }, { key: 'cpr.revocation@50' }),
    ));
});
