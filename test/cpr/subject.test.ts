import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseNumberInSubject, formatCaseNumber } from '../../src/cpr/subject.js';

describe('formatCaseNumber', () => {
  it('zero-pads to six digits', () => assert.equal(formatCaseNumber(123), 'CPR-000123'));
  it('grows past six digits', () => assert.equal(formatCaseNumber(1_234_567), 'CPR-1234567'));
  it('rejects ids that are not positive integers', () => {
    for (const id of [0, -1, 1.5, Number.NaN, 2 ** 60]) assert.throws(() => formatCaseNumber(id), RangeError);
  });
});

describe('caseNumberInSubject', () => {
  const cases: [string, number | null][] = [
    ['[CPR-000123] Misissued certificate', 123],
    ['Re: Fwd: Misissued certificate CPR-000123', 123],
    ['AW: RE: (cpr-000042) Schlüssel kompromittiert', 42],
    ['Re: [CPR-1234567] follow-up', 1_234_567],
    ['Re: [ＣＰＲ－０００１２３] full-width', 123],
    ['Misissued certificate', null],
    ['CPR-123 has too few digits', null],
    ['XCPR-000123 is another prefix', null],
    ['CPR-000123456789012345 is too long to be an id', null],
    ['CPR-000000', null],
  ];
  for (const [subject, id] of cases) it(subject, () => assert.equal(caseNumberInSubject(subject), id));
  it('reads back what formatCaseNumber writes', () => {
    for (const id of [1, 999_999, 1_000_000, 987_654_321])
      assert.equal(caseNumberInSubject(`Re: [${formatCaseNumber(id)}] x`), id);
  });
});
