/** The durable write every report passes through, on SQLite and PostgreSQL. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { messageIdOf, storeInbound, storeMailboxMessage } from '../../src/cpr/inbound.js';
import { DIALECTS, type TestStore } from './support.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const mail = (id: string) => Buffer.from(`Message-ID: ${id}\r\nSubject: x\r\n\r\nbody\r\n`);

describe('messageIdOf', () => {
  it('reads the header, unfolded, from the header section only', () => {
    assert.equal(messageIdOf(Buffer.from('Subject: a\r\nMessage-Id:\r\n <a@b>\r\n\r\n')), '<a@b>');
    assert.equal(messageIdOf(Buffer.from('Subject: a\r\n\r\nMessage-ID: <in-body@b>\r\n')), null);
    assert.equal(messageIdOf(Buffer.from('garbage without headers')), null);
  });
});

for (const dialect of DIALECTS) {
  describe(`storing inbound messages on ${dialect.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await dialect.open();
    });
    afterEach(async () => {
      await t.close();
    });

    it('keeps the octets, the envelope and the time, and a claim when asked', async () => {
      const raw = new Uint8Array([0, 1, 2, 0xff, ...mail('<m@x>')]);
      const id = await storeInbound(
        t.store,
        { channel: 'smtp', raw, envelopeFrom: '', envelopeTo: 'a@x, b@x', remoteAddress: '192.0.2.1' },
        NOW,
        { worker: 'form:1', leaseMs: 1000 },
      );
      const row = await t.store.db
        .selectFrom('inbound_messages')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(new Uint8Array(row.raw), raw);
      assert.equal(row.size, raw.length);
      assert.equal(row.envelope_from, '');
      assert.equal(row.envelope_to, 'a@x, b@x');
      assert.equal(row.received_at, NOW);
      assert.equal(row.state, 'received');
      assert.equal(row.claimed_by, 'form:1');
      assert.equal(row.claim_expires_at, NOW + 1000);
      assert.equal(row.message_id, null, 'the NUL bytes come before any header');
    });

    it('stores a mailbox message once, even when two pollers store it at the same time', async () => {
      const input = {
        raw: mail('<once@x>'),
        envelopeFrom: null,
        envelopeTo: null,
        remoteAddress: 'imap:mail',
      };
      const ids = await Promise.all([1, 2, 3, 4].map(() => storeMailboxMessage(t.store, input, NOW)));
      assert.equal(ids.filter((id) => id !== null).length, 1);
      assert.equal(await storeMailboxMessage(t.store, input, NOW), null);
      assert.notEqual(await storeMailboxMessage(t.store, { ...input, raw: mail('<twice@x>') }, NOW), null);
      const noId = { ...input, raw: Buffer.from('Subject: no id\r\n\r\nbody\r\n') };
      assert.notEqual(await storeMailboxMessage(t.store, noId, NOW), null);
      assert.notEqual(
        await storeMailboxMessage(t.store, noId, NOW),
        null,
        'without a Message-ID, nothing to match',
      );
      const smtp = { ...input, channel: 'smtp' as const };
      assert.ok(await storeInbound(t.store, smtp, NOW), 'the same message by SMTP is another delivery');
      assert.equal((await t.store.db.selectFrom('inbound_messages').select('id').execute()).length, 5);
    });
  });
}
