import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAtOption } from '../../src/cli/options.js';

describe('parseAtOption', () => {
  it('reads a bare date as 00:00 UTC and a time with Z or an offset', () => {
    assert.equal(parseAtOption('2026-11-23'), Date.parse('2026-11-23T00:00:00Z'));
    assert.equal(parseAtOption('2026-11-23T10:00:00Z'), Date.parse('2026-11-23T10:00:00Z'));
    assert.equal(parseAtOption('2026-11-23T12:00+02:00'), Date.parse('2026-11-23T10:00:00Z'));
    assert.equal(parseAtOption('2026-11-23T05:30:00.250-0430'), Date.parse('2026-11-23T10:00:00.250Z'));
  });
  it('refuses a time without a zone, saying so', () =>
    assert.throws(
      () => parseAtOption('2026-11-23T10:00'),
      /--at: '2026-11-23T10:00' has no time zone: add Z/,
    ));
  it('refuses what is not a date, and a day that does not exist', () => {
    for (const text of ['yesterday', '2026-02-30', '2026-11-23T25:00Z', 'Nov 23 2026'])
      assert.throws(() => parseAtOption(text), /--at: not a date/, text);
  });
});
