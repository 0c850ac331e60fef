import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDuration } from '../../src/rules/index.js';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('formatDuration', () => {
  it('shows the two largest units', () => {
    assert.equal(formatDuration(3 * H + 12 * MIN + 59 * S), '3 h 12 min');
    assert.equal(formatDuration(2 * D + 4 * H + 30 * MIN), '2 d 4 h');
    assert.equal(formatDuration(5 * MIN + 7 * S), '5 min 7 s');
  });
  it('drops a zero second unit and does not skip to a smaller one', () => {
    assert.equal(formatDuration(2 * D), '2 d');
    assert.equal(formatDuration(D + 5 * MIN), '1 d');
  });
  it('rounds down to whole seconds and shows zero as 0 s', () => {
    assert.equal(formatDuration(59_999), '59 s');
    assert.equal(formatDuration(999), '0 s');
    assert.equal(formatDuration(0), '0 s');
  });
  it('ignores the sign, so an overdue clock reads the same', () =>
    assert.equal(formatDuration(-(2 * D + 4 * H)), '2 d 4 h'));
});
