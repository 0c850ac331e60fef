import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messageIds, oneLine, safeAddress, safeMessageId } from '../../src/cpr/headers.js';

describe('reporter strings on their way to headers', () => {
  it('oneLine turns every line break and control character into a space', () => {
    assert.equal(oneLine('Hello\r\nBcc: victim@evil.example'), 'Hello Bcc: victim@evil.example');
    assert.equal(oneLine('a\u0000b\u2028c\u0085d\te'), 'a b c d e');
    assert.equal(oneLine('x'.repeat(300), 10), 'x'.repeat(10));
  });

  it('safeAddress accepts one plain mailbox and nothing that could add a recipient or a header', () => {
    for (const ok of ['amir@example.org', "o'brien+cpr@mail.example.co.uk", 'jörg@bücher.example'])
      assert.equal(safeAddress(ok), ok);
    for (const bad of [
      'a@example.org, b@example.org',
      'a@example.org\r\nBcc: b@example.org',
      '"a b"@example.org',
      '<a@example.org>',
      'a@localhost',
      'a..b@example.org',
      '.a@example.org',
      'a@-example.org',
      '@example.org',
      'a@',
      '',
      null,
      `${'a'.repeat(65)}@example.org`,
    ])
      assert.equal(safeAddress(bad), null, String(bad));
  });

  it('messageIds keeps well-formed IDs only, the last ones when there are many', () => {
    assert.deepEqual(messageIds('<a@x> junk <b@y>\r\n Bcc: <c d@z> <e@w>'), ['<a@x>', '<b@y>', '<e@w>']);
    assert.deepEqual(messageIds(Array.from({ length: 15 }, (_, i) => `<m${i}@x>`).join(' '), 3), [
      '<m12@x>',
      '<m13@x>',
      '<m14@x>',
    ]);
    assert.equal(safeMessageId(' <a@x> '), '<a@x>');
    assert.equal(safeMessageId('<a@x>\r\nBcc: v@evil.example'), null);
    assert.equal(safeMessageId('<a@x> <b@y>'), null);
    assert.equal(safeMessageId(undefined), null);
  });
});
