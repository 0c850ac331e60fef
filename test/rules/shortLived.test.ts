import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isShortLived } from '../../src/rules/index.js';

const S = 1000;
/** A certificate from `notBefore` whose validity period, counted inclusively, is `seconds` long. */
const lasting = (notBefore: string, seconds: number): [number, number] => {
  const from = Date.parse(notBefore);
  return [from, from + (seconds - 1) * S];
};

describe('isShortLived (BR 1.6.1)', () => {
  it('has no exemption before 2024-03-15', () =>
    assert.equal(isShortLived(...lasting('2024-03-14T23:59:59Z', 86_400)), false));
  it('allows up to 10 days (864,000 s) for certificates issued from 2024-03-15', () => {
    assert.equal(isShortLived(...lasting('2024-03-15T00:00:00Z', 864_000)), true);
    assert.equal(isShortLived(...lasting('2024-03-15T00:00:00Z', 864_001)), false);
    assert.equal(isShortLived(...lasting('2026-03-14T23:59:59Z', 864_000)), true);
  });
  it('allows up to 7 days (604,800 s) for certificates issued from 2026-03-15', () => {
    assert.equal(isShortLived(...lasting('2026-03-15T00:00:00Z', 604_800)), true);
    assert.equal(isShortLived(...lasting('2026-03-15T00:00:00Z', 604_801)), false);
    assert.equal(isShortLived(...lasting('2026-03-15T00:00:00Z', 864_000)), false);
  });
  it('counts notBefore through notAfter inclusively: exactly 7 days between them is one second too long', () => {
    const notBefore = Date.parse('2026-11-23T00:00:00Z');
    assert.equal(isShortLived(notBefore, notBefore + 604_800 * S), false);
  });
});
