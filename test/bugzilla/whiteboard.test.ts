import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDate, parseWhiteboard } from '../../src/bugzilla/whiteboard.js';

describe('whiteboard', () => {
  it('reads tags lower-cased, with dated tags kept as data', () =>
    assert.deepEqual(parseWhiteboard('[close on 2026-10-09] [CA-Compliance]  [disclosure  failure]').tags, [
      'close on 2026-10-09',
      'ca-compliance',
      'disclosure failure',
    ]));

  it('finds Next update after the tags, before them, inside brackets, with a colon or a hyphen', () => {
    const forms: [string, string][] = [
      ['[ca-compliance] [policy-failure] Next update 2026-10-12', '2026-10-12'],
      ['Next update 2026-11-20 [ca-compliance] [policy-failure] ', '2026-11-20'],
      ['[ca-compliance] [next update 2026-10-01]', '2026-10-01'],
      ['[ca-compliance] Next Update: 2026-10-16', '2026-10-16'],
      ['[ca-compliance] next-update 2026-10-17', '2026-10-17'],
      ['[ca-compliance] NEXTUPDATE2026-10-18', '2026-10-18'],
    ];
    for (const [text, date] of forms) assert.equal(parseWhiteboard(text).nextUpdateDate, date, text);
  });

  it('takes a bare date outside brackets (bug 1885754 carried one for a minute), never a dated tag', () => {
    assert.equal(
      parseWhiteboard('[ca-compliance] [external] [policy-failure] 2024-05-31').nextUpdateDate,
      '2024-05-31',
    );
    assert.equal(parseWhiteboard('[close on 2026-10-09] [ca-compliance] [crl-failure]').nextUpdateDate, null);
    assert.equal(parseWhiteboard('[close as INVALID on 2026-10-02] [ca-compliance]').nextUpdateDate, null);
    assert.equal(parseWhiteboard('[ca-compliance] [policy-failure]').nextUpdateDate, null);
  });

  it('prefers the explicit form over a bare date', () =>
    assert.equal(
      parseWhiteboard('2026-01-01 [ca-compliance] Next update 2026-10-12').nextUpdateDate,
      '2026-10-12',
    ));

  it('rejects impossible dates and takes the next valid one', () => {
    assert.equal(parseWhiteboard('[ca-compliance] Next update 2026-02-30').nextUpdateDate, null);
    assert.equal(
      parseWhiteboard('Next update 2026-13-01 Next update 2026-03-01').nextUpdateDate,
      '2026-03-01',
    );
    assert.equal(isCalendarDate('2028-02-29'), true);
    assert.equal(isCalendarDate('2026-02-29'), false);
  });

  it('marks revocation-delay incidents, leaf, CA or bare, and nothing that merely resembles one', () => {
    assert.equal(parseWhiteboard('[ca-compliance] [leaf-revocation-delay]').revocationDelay, true);
    assert.equal(
      parseWhiteboard('[ca-compliance] [ca-revocation-delay] Next update 2026-10-07').revocationDelay,
      true,
    );
    assert.equal(parseWhiteboard('[ca-compliance] revocation-delay').revocationDelay, true);
    assert.equal(parseWhiteboard('[ca-compliance] [no-revocation-delay]').revocationDelay, false);
    assert.equal(parseWhiteboard('[ca-compliance] [revocation-delayed-audit]').revocationDelay, false);
    assert.equal(parseWhiteboard('[ca-compliance] [audit-delay]').revocationDelay, false);
  });
});
