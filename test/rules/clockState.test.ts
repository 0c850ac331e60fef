import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Deadline, clockState } from '../../src/rules/index.js';

const START = Date.parse('2026-11-23T10:00:00.000Z');
const H = 3_600_000;
const deadline = (metAt: number | null = null): Deadline => ({
  key: 'test.clock',
  label: 'Test clock',
  startsAt: START,
  dueAt: START + 24 * H,
  obligation: 'MUST',
  rule: 'BR 4.9.5',
  citation: 'test',
  fact: 'test fact',
  metAt,
});

describe('clockState', () => {
  it('is ok from the start until 75 % of the window', () => {
    assert.equal(clockState(deadline(), START), 'ok');
    assert.equal(clockState(deadline(), START + 18 * H - 1), 'ok');
  });
  it('is due soon from 75 % of the window (18 h of 24 h)', () =>
    assert.equal(clockState(deadline(), START + 18 * H), 'due_soon'));
  it('is due soon at 23:59:59.999 and overdue at 24:00:00.000', () => {
    assert.equal(clockState(deadline(), Date.parse('2026-11-24T09:59:59.999Z')), 'due_soon');
    assert.equal(clockState(deadline(), Date.parse('2026-11-24T10:00:00.000Z')), 'overdue');
  });
  it('is met by an event before dueAt, and met late by one at or after it, whatever now is', () => {
    const now = START + 100 * H;
    assert.equal(clockState(deadline(START + 24 * H - 1), now), 'met');
    assert.equal(clockState(deadline(START + 24 * H), now), 'met_late');
    assert.equal(clockState(deadline(START + 30 * H), START + 2 * H), 'met_late');
  });
});
