import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULE_VERSIONS, type RuleVersion, ruleInForce } from '../../src/rules/index.js';

const at = (iso: string) => Date.parse(iso);

describe('rule versions', () => {
  it('has one version per rule and day, with valid dates and positive windows', () => {
    const seen = new Set<string>();
    for (const v of RULE_VERSIONS) {
      assert.match(v.effectiveFrom, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(!Number.isNaN(Date.parse(v.effectiveFrom)), v.effectiveFrom);
      assert.ok(!seen.has(`${v.id}@${v.effectiveFrom}`), `${v.id} twice on ${v.effectiveFrom}`);
      seen.add(`${v.id}@${v.effectiveFrom}`);
      assert.ok(v.windows.length > 0 && v.windows.every((w) => w.hours > 0), v.id);
      assert.ok(v.rule && v.citation && v.source, v.id);
    }
  });
  it('applies a version from 00:00 UTC of its effective day, not a millisecond earlier', () => {
    assert.equal(ruleInForce('revocation.5d', at('2023-07-14T23:59:59.999Z')), undefined);
    assert.equal(ruleInForce('revocation.5d', at('2023-07-15T00:00:00.000Z'))?.effectiveFrom, '2023-07-15');
    assert.equal(ruleInForce('cpr.preliminary-report', at('2018-10-13T23:59:59.999Z')), undefined);
    assert.equal(ruleInForce('cpr.preliminary-report', at('2018-10-14T00:00:00.000Z'))?.rule, 'BR 4.9.5');
  });
  it('enables no unmerged proposal: today the preliminary report is one MUST 24 h window', () =>
    assert.deepEqual(
      ruleInForce('cpr.preliminary-report', at('2030-01-01T00:00:00Z'))?.windows.map((w) => [
        w.obligation,
        w.hours,
      ]),
      [['MUST', 24]],
    ));
  it('takes a later version as one more entry, chosen by the date of the starting fact', () => {
    const current = ruleInForce('cpr.preliminary-report', at('2026-11-23T00:00:00Z'));
    assert.ok(current);
    const future: RuleVersion = {
      ...current,
      source: 'a future ballot',
      effectiveFrom: '2027-06-01',
      windows: [
        { key: 'cpr.report-to-reporter', label: 'Report to the reporter', obligation: 'MUST', hours: 24 },
        {
          key: 'cpr.report-to-subscriber',
          label: 'Report to the subscriber',
          obligation: 'SHOULD',
          hours: 24,
        },
      ],
    };
    const versions = [...RULE_VERSIONS, future];
    assert.equal(ruleInForce('cpr.preliminary-report', at('2027-05-31T23:59:59.999Z'), versions), current);
    assert.equal(ruleInForce('cpr.preliminary-report', at('2027-06-01T00:00:00.000Z'), versions), future);
  });
});
