/** The IMAP poller against a real Dovecot on loopback: store first, then \Seen; never the same message twice. */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { storeInbound } from '../../src/cpr/inbound.js';
import { parseMailboxUrl, pollImapOnce, startImapPoller } from '../../src/cpr/imapPoller.js';
import { type Dovecot, startDovecot } from './dovecot.js';
import { compose, DIALECTS, testConfig, type TestStore } from './support.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');

describe('parseMailboxUrl', () => {
  it('reads user, password, host, port and mailbox, with defaults by scheme', () => {
    assert.deepEqual(parseMailboxUrl('imaps://abuse%40ca.example:p%40ss@mail.example/Problem%20reports'), {
      host: 'mail.example',
      port: 993,
      secure: true,
      user: 'abuse@ca.example',
      pass: 'p@ss',
      path: 'Problem reports',
    });
    const plain = parseMailboxUrl('imap://u:p@127.0.0.1');
    assert.equal(plain.port, 143);
    assert.equal(plain.secure, false);
    assert.equal(plain.path, 'INBOX');
    assert.throws(() => parseMailboxUrl('pop3://u:p@mail.example'), /imaps:\/\/ or imap:\/\//);
  });
});

for (const dialect of DIALECTS) {
  describe(`IMAP poller on ${dialect.name}`, { timeout: 180_000 }, () => {
    let dovecot: Dovecot;
    let t: TestStore;
    let stored = 0;
    const options = (url: string) => ({
      store: t.store,
      config: testConfig({
        VIGIL_IMAP_URL: url,
        VIGIL_IMAP_POLL_SECONDS: '1',
        VIGIL_SMTP_MAX_BYTES: '50000',
      }),
      clock: () => NOW,
      onStored: () => stored++,
    });
    const inbound = () => t.store.db.selectFrom('inbound_messages').selectAll().orderBy('id').execute();
    const message = (n: number, text = 'A misissued certificate: https://crt.sh/?id=42') =>
      compose({
        from: 'r@example.org',
        to: 'abuse@ca.example',
        subject: `Report ${n}`,
        text,
        messageId: `<m${n}@example.org>`,
      });

    before(async () => {
      dovecot = await startDovecot();
    });
    after(async () => {
      await dovecot.stop();
    });
    beforeEach(async () => {
      t = await dialect.open();
      stored = 0;
      // Each test starts from an empty mailbox: read whatever an earlier test left.
      await pollImapOnce({ ...options(dovecot.url), store: t.store, onStored: () => undefined });
      await t.store.db.deleteFrom('inbound_messages').execute();
    });
    afterEach(async () => {
      await t.close();
    });

    it('stores each unseen message, then flags it \\Seen, and reads nothing twice', async () => {
      await dovecot.deliver(await message(1));
      await dovecot.deliver(await message(2));
      assert.equal((await dovecot.unseen()).length, 2);
      assert.equal(await pollImapOnce(options(dovecot.url)), 2);
      assert.deepEqual(await dovecot.unseen(), []);
      const rows = await inbound();
      assert.deepEqual(
        rows.map((r) => [r.channel, r.message_id, r.state, r.received_at]),
        [
          ['imap', '<m1@example.org>', 'received', NOW],
          ['imap', '<m2@example.org>', 'received', NOW],
        ],
      );
      assert.match(rows[0]?.raw.toString('utf8') ?? '', /Subject: Report 1/);
      assert.equal(stored, 2);
      assert.equal(await pollImapOnce(options(dovecot.url)), 0);
      assert.equal((await inbound()).length, 2);
    });

    it('does not store again a message stored before a crash kept it unseen', async () => {
      const raw = await message(3);
      await storeInbound(
        t.store,
        { channel: 'imap', raw, envelopeFrom: null, envelopeTo: null, remoteAddress: null },
        NOW,
      );
      await dovecot.deliver(raw);
      assert.equal(await pollImapOnce(options(dovecot.url)), 0);
      assert.deepEqual(await dovecot.unseen(), [], 'flagged now that it is known to be stored');
      assert.equal((await inbound()).length, 1);
    });

    it('leaves a message unseen when it cannot be stored, so the next poll reads it again', async () => {
      await dovecot.deliver(await message(4));
      await t.store.db.schema.dropTable('inbound_messages').execute();
      await assert.rejects(pollImapOnce(options(dovecot.url)));
      assert.equal((await dovecot.unseen()).length, 1);
    });

    it('stores a message over the size limit cut at the limit, so it still becomes a case', async () => {
      await dovecot.deliver(await message(5, 'misissued '.repeat(10_000)));
      assert.equal(await pollImapOnce(options(dovecot.url)), 1);
      const [row] = await inbound();
      assert.equal(row?.size, 50_000);
    });

    it('polls on its own once started and stops cleanly; a refused login is reported, not thrown', async () => {
      await dovecot.deliver(await message(6));
      let resolveStored = () => {};
      const storedOnce = new Promise<void>((resolve) => (resolveStored = resolve));
      const poller = startImapPoller({ ...options(dovecot.url), onStored: resolveStored });
      await storedOnce;
      await poller.stop();
      assert.equal((await inbound()).length, 1);

      const errors: unknown[] = [];
      const wrong = dovecot.url.replace(encodeURIComponent('intake secret'), 'wrong');
      const refused = startImapPoller({ ...options(wrong), onError: (e) => errors.push(e) });
      for (let i = 0; i < 50 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      await refused.stop();
      assert.ok(errors.length > 0);
    });
  });
}
