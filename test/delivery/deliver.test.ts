import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { Transporter } from 'nodemailer';
import {
  type DeliveryOptions,
  LEASE_MS,
  backoffMs,
  deliverDue,
  messageIdFor,
  SEND_CONCURRENCY,
} from '../../src/delivery/deliver.js';
import { enqueueEmail, enqueueWebhook } from '../../src/delivery/outbox.js';
import { createRelay } from '../../src/delivery/relay.js';
import { claimRows } from '../../src/store/claim.js';
import type { Store } from '../../src/store/database.js';
import type { OutboxRow } from '../../src/store/schema.js';
import { type SmtpSink, startSmtpSink } from '../support/smtpSink.js';
import { eachStore } from '../support/stores.js';
import { startWebhookSink } from '../support/webhookSink.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const DOMAIN = 'vigil.test';

const relays: Transporter[] = [];

function delivery(store: Store, sink: SmtpSink | null, worker = 'w1'): DeliveryOptions {
  const mail = sink ? createRelay(`smtp://127.0.0.1:${sink.port}`) : null;
  if (mail) relays.push(mail);
  return {
    store,
    mail,
    from: 'Vigil <cpr@vigil.test>',
    messageIdDomain: DOMAIN,
    worker,
  };
}

const mail = (
  key: string,
  to = ['ada@ca.example'],
  extra: Partial<Parameters<typeof enqueueEmail>[1]> = {},
) => ({
  dedupeKey: key,
  to,
  subject: `subject ${key}`,
  text: `body of ${key}`,
  headers: { 'Auto-Submitted': 'auto-generated' },
  ...extra,
});

const rowsOf = (store: Store) => store.db.selectFrom('outbox').selectAll().orderBy('id').execute();

async function withSink<T>(body: (sink: SmtpSink) => Promise<T>): Promise<T> {
  const sink = await startSmtpSink();
  try {
    return await body(sink);
  } finally {
    await sink.close();
  }
}

describe('deliverDue', () => {
  afterEach(() => {
    for (const relay of relays.splice(0)) relay.close();
  });

  it('backs off exponentially from 15 s, capped at 30 min', () =>
    assert.deepEqual(
      [1, 2, 3, 4, 7, 8, 40].map(backoffMs),
      [15_000, 30_000, 60_000, 120_000, 960_000, 1_800_000, 1_800_000],
    ));

  eachStore('sends each queued message once, with the Message-ID derived from its row', async ({ store }) =>
    withSink(async (sink) => {
      const hooks = await startWebhookSink();
      try {
        assert.equal(await enqueueEmail(store.db, mail('a'), NOW), true);
        assert.equal(await enqueueEmail(store.db, mail('a'), NOW), false, 'the same key queues nothing');
        await enqueueEmail(store.db, mail('b', ['bob@ca.example', 'eve@ca.example']), NOW);
        await enqueueWebhook(
          store.db,
          { dedupeKey: 'h', url: hooks.url, summary: 'hook', payload: { text: 'hi', case: 'CPR-000001' } },
          NOW,
        );
        const options = delivery(store, sink);
        assert.deepEqual(await deliverDue(options, NOW), {
          sent: 3,
          retried: 0,
          dead: 0,
          released: 0,
          full: false,
        });
        assert.deepEqual(await deliverDue(options, NOW + LEASE_MS * 2), {
          sent: 0,
          retried: 0,
          dead: 0,
          released: 0,
          full: false,
        });

        const rows = await rowsOf(store);
        assert.deepEqual(
          rows.map((r) => [r.state, r.sent_at, r.claimed_by, r.last_error]),
          Array(3).fill(['sent', NOW, null, null]),
        );
        assert.deepEqual(
          sink.messages.map((m) => [m.messageId, m.envelopeFrom, m.envelopeTo, m.subject, m.text.trim()]),
          [
            [
              messageIdFor(rows[0] as OutboxRow, DOMAIN),
              'cpr@vigil.test',
              ['ada@ca.example'],
              'subject a',
              'body of a',
            ],
            [
              messageIdFor(rows[1] as OutboxRow, DOMAIN),
              'cpr@vigil.test',
              ['bob@ca.example', 'eve@ca.example'],
              'subject b',
              'body of b',
            ],
          ],
        );
        assert.equal(sink.messages[0]?.headers.get('auto-submitted'), 'auto-generated');
        assert.equal(hooks.received.length, 1);
        assert.deepEqual(hooks.received[0]?.body, { text: 'hi', case: 'CPR-000001' });
        assert.equal(
          hooks.received[0]?.headers['idempotency-key'],
          messageIdFor(rows[2] as OutboxRow, DOMAIN),
        );
        assert.equal(hooks.received[0]?.headers['content-type'], 'application/json');
      } finally {
        await hooks.close();
      }
    }),
  );

  eachStore(
    'says when a pass claimed a whole batch, so the caller drains a burst at once',
    async ({ store }) =>
      withSink(async (sink) => {
        for (const key of ['a', 'b', 'c']) await enqueueEmail(store.db, mail(key), NOW);
        const options = { ...delivery(store, sink), batch: 2 };
        assert.deepEqual(await deliverDue(options, NOW), {
          sent: 2,
          retried: 0,
          dead: 0,
          released: 0,
          full: true,
        });
        assert.deepEqual(await deliverDue(options, NOW), {
          sent: 1,
          retried: 0,
          dead: 0,
          released: 0,
          full: false,
        });
      }),
  );

  eachStore('refuses to queue an e-mail to nobody', async ({ store }) =>
    assert.rejects(enqueueEmail(store.db, mail('a', []), NOW), RangeError),
  );

  it('gives each row a Message-ID no other row or database shares', () => {
    assert.equal(
      messageIdFor({ id: 7, created_at: NOW }, DOMAIN),
      `<outbox.7.${NOW.toString(36)}@vigil.test>`,
    );
    assert.notEqual(
      messageIdFor({ id: 7, created_at: NOW }, DOMAIN),
      messageIdFor({ id: 7, created_at: NOW + 1 }, DOMAIN),
    );
  });

  eachStore('delays mail through an SMTP outage and delivers it on recovery, once', async ({ store }) => {
    let sink = await startSmtpSink();
    const { port } = sink;
    const options = delivery(store, sink);
    try {
      const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
      for (const key of keys) await enqueueEmail(store.db, mail(key), NOW);
      await sink.close(); // the relay is down: connections are refused

      assert.deepEqual(await deliverDue(options, NOW), {
        sent: 0,
        retried: 8,
        dead: 0,
        released: 0,
        full: false,
      });
      const waiting = await rowsOf(store);
      assert.deepEqual(
        waiting.map((r) => [r.state, r.attempts, r.next_attempt_at, r.claimed_by]),
        Array(8).fill(['pending', 1, NOW + 15_000, null]),
      );
      assert.match(waiting[0]?.last_error ?? '', /ECONNREFUSED/);
      const untried = waiting.filter((r) => r.last_error?.startsWith('not tried: '));
      assert.equal(
        untried.length,
        keys.length - SEND_CONCURRENCY,
        'only the sends already in flight meet the refusal; it defers the rest of the pass',
      );

      assert.equal((await deliverDue(options, NOW + 14_999)).retried, 0, 'nothing before the backoff ends');
      assert.equal((await deliverDue(options, NOW + 15_000)).retried, 8);
      assert.deepEqual(
        (await rowsOf(store)).map((r) => r.next_attempt_at),
        Array(8).fill(NOW + 15_000 + 30_000),
      );

      sink = await startSmtpSink({ port, mode: 'tempfail' }); // up again, but answering 451
      assert.deepEqual(await deliverDue(options, NOW + 45_000), {
        sent: 0,
        retried: 8,
        dead: 0,
        released: 0,
        full: false,
      });
      assert.match((await rowsOf(store))[7]?.last_error ?? '', /451/);

      sink.mode = 'drop';
      assert.equal((await deliverDue(options, NOW + 45_000 + 60_000)).retried, 8);

      sink.mode = 'accept';
      const later = NOW + 45_000 + 60_000 + 120_000;
      assert.deepEqual(await deliverDue(options, later), {
        sent: 8,
        retried: 0,
        dead: 0,
        released: 0,
        full: false,
      });
      assert.deepEqual(
        sink.messages.map((m) => m.subject).sort(),
        keys.map((k) => `subject ${k}`),
      );
      assert.deepEqual(
        (await rowsOf(store)).map((r) => [r.state, r.attempts, r.sent_at, r.last_error]),
        Array(8).fill(['sent', 5, later, null]),
      );
    } finally {
      await sink.close();
    }
  });

  eachStore('marks a message refused with 550 dead, visibly, and never retries it', async ({ store }) =>
    withSink(async (sink) => {
      await enqueueEmail(store.db, mail('a', ['gone@ca.example']), NOW);
      await enqueueEmail(store.db, mail('b', ['ada@ca.example', 'gone@ca.example']), NOW);
      sink.refused.add('gone@ca.example');
      const options = delivery(store, sink);
      assert.deepEqual(await deliverDue(options, NOW), {
        sent: 1,
        retried: 0,
        dead: 1,
        released: 0,
        full: false,
      });
      assert.deepEqual(await deliverDue(options, NOW + 365 * 86_400_000), {
        sent: 0,
        retried: 0,
        dead: 0,
        released: 0,
        full: false,
      });
      const [dead, partial] = await rowsOf(store);
      assert.equal(dead?.state, 'dead');
      assert.match(dead?.last_error ?? '', /550/);
      // Accepted for one recipient: sending again would repeat it to her, so it is sent, with a note.
      assert.equal(partial?.state, 'sent');
      assert.equal(partial?.last_error, 'refused by the relay: gone@ca.example');
      assert.deepEqual(
        sink.messages.map((m) => m.envelopeTo),
        [['ada@ca.example']],
      );
    }),
  );

  eachStore('retries a failing webhook receiver and gives up on a wrong URL', async ({ store }) => {
    const hooks = await startWebhookSink();
    try {
      const hook = (key: string, url = hooks.url) =>
        enqueueWebhook(store.db, { dedupeKey: key, url, summary: key, payload: { text: key } }, NOW);
      await hook('a');
      await hook('b');
      const options = delivery(store, null);
      hooks.status = 503;
      assert.deepEqual(await deliverDue(options, NOW), {
        sent: 0,
        retried: 2,
        dead: 0,
        released: 0,
        full: false,
      });
      assert.deepEqual(
        (await rowsOf(store)).map((r) => r.last_error),
        // Both are in flight at once, so each meets the 503 itself.
        ['webhook answered HTTP 503', 'webhook answered HTTP 503'],
      );
      hooks.status = 'drop';
      assert.equal((await deliverDue(options, NOW + 15_000)).retried, 2);
      hooks.status = 404;
      assert.deepEqual(await deliverDue(options, NOW + 45_000), {
        sent: 0,
        retried: 0,
        dead: 2,
        released: 0,
        full: false,
      });
      await hook('c');
      hooks.status = 301;
      assert.deepEqual(await deliverDue(options, NOW + 45_000), {
        sent: 0,
        retried: 0,
        dead: 1,
        released: 0,
        full: false,
      });
      assert.deepEqual(
        (await rowsOf(store)).map((r) => [r.state, r.last_error]),
        [
          ['dead', 'webhook answered HTTP 404'],
          ['dead', 'webhook answered HTTP 404'],
          ['dead', 'webhook answered HTTP 301 (a redirect): configure the URL it points to'],
        ],
      );
      assert.equal(hooks.received.length, 0);
    } finally {
      await hooks.close();
    }
  });

  eachStore('holds mail while no relay is configured, and still sends webhooks', async ({ store }) => {
    const hooks = await startWebhookSink();
    try {
      await enqueueEmail(store.db, mail('a'), NOW);
      await enqueueWebhook(store.db, { dedupeKey: 'h', url: hooks.url, summary: 'h', payload: {} }, NOW);
      assert.deepEqual(await deliverDue(delivery(store, null), NOW), {
        sent: 1,
        retried: 0,
        dead: 0,
        released: 0,
        full: false,
      });
      assert.deepEqual(
        (await rowsOf(store)).map((r) => [r.kind, r.state, r.attempts]),
        [
          ['email', 'pending', 0],
          ['webhook', 'sent', 1],
        ],
      );
    } finally {
      await hooks.close();
    }
  });

  eachStore('sends what a crashed worker had claimed once its lease has expired', async ({ store }) =>
    withSink(async (sink) => {
      for (const key of ['a', 'b']) await enqueueEmail(store.db, mail(key), NOW);
      // The crashed worker claimed both and died before sending: the claim is all it left.
      const claimed = await claimRows(store, 'outbox', {
        worker: 'crashed',
        now: NOW,
        leaseMs: LEASE_MS,
        limit: 10,
        ready: (eb) => eb('state', '=', 'pending'),
      });
      assert.equal(claimed.length, 2);
      const options = delivery(store, sink, 'w2');
      assert.equal((await deliverDue(options, NOW + LEASE_MS)).sent, 0, 'the lease still holds');
      assert.equal((await deliverDue(options, NOW + LEASE_MS + 1)).sent, 2);
      assert.deepEqual(sink.messages.map((m) => m.subject).sort(), ['subject a', 'subject b']);
    }),
  );

  eachStore('lets no header be injected through a subject or a header value', async ({ store }) =>
    withSink(async (sink) => {
      await enqueueEmail(
        store.db,
        mail('a', ['ada@ca.example'], {
          subject: 'Re: report\r\nBcc: eve@evil.example',
          headers: { 'In-Reply-To': '<x@y>\r\nBcc: eve@evil.example' },
        }),
        NOW,
      );
      assert.equal((await deliverDue(delivery(store, sink), NOW)).sent, 1);
      const [message] = await sink.waitFor(1);
      assert.deepEqual(message?.envelopeTo, ['ada@ca.example']);
      assert.equal(message?.headers.get('bcc'), undefined);
    }),
  );
});
