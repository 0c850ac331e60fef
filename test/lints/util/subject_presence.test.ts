import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COUNTRY_CODES, isCountryCode, reverseDnsProblem } from '../../../src/lints/util/subject_presence.js';

describe('subject_presence util', () => {
  it('holds the 249 ISO 3166-1 codes plus AN and XX', () => {
    assert.equal(COUNTRY_CODES.size, 251);
    assert.ok(isCountryCode('gb') && isCountryCode('XX') && !isCountryCode('UK') && !isCountryCode(''));
  });
  it('reads reverse DNS names', () => {
    assert.match(reverseDnsProblem('1.0.0.127.in-addr.arpa') ?? '', /reserved/);
    assert.equal(reverseDnsProblem('1.1.1.1.in-addr.arpa'), undefined);
    assert.equal(reverseDnsProblem('01.1.1.1.in-addr.arpa'), undefined);
  });
});
