/** The SMTP intake end to end: nodemailer as the reporter's server, the receiver on port 0, a local sink as relay. */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { processPending } from '../../src/cpr/intake.js';
import { MAX_RECIPIENTS, type SmtpReceiver, startSmtpReceiver } from '../../src/cpr/smtpReceiver.js';
import { deliverDue } from '../../src/delivery/deliver.js';
import { createRelay } from '../../src/delivery/relay.js';
import { DIALECTS, testConfig, type TestStore } from './support.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const MAX_BYTES = 20_000;

interface Sunk {
  readonly from: string;
  readonly to: string[];
  readonly raw: Buffer;
}

/** The outbound relay: a local SMTP server that keeps what it is given. */
async function startSink(): Promise<{ port: number; messages: Sunk[]; close(): Promise<void> }> {
  const messages: Sunk[] = [];
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.server.address();
  assert.ok(address && typeof address === 'object');
  return { port: address.port, messages, close: () => new Promise((r) => sink.close(() => r())) };
}

const client = (port: number) =>
  nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });

/** A raw SMTP conversation, for what nodemailer would not send: each line and the reply to it. */
async function converse(port: number, lines: readonly string[]): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  let buffer = '';
  const waiters: (() => void)[] = [];
  socket.on('data', (d) => {
    buffer += d.toString('latin1');
    waiters.shift()?.();
  });
  const reply = async (): Promise<string> => {
    // A reply ends with a line "NNN text" (a space after the code, not a hyphen).
    while (!/(^|\r\n)\d{3} [^\r\n]*\r\n$/.test(buffer)) await new Promise<void>((r) => waiters.push(r));
    const text = buffer;
    buffer = '';
    return text;
  };
  const replies = [await reply()];
  for (const line of lines) {
    socket.write(`${line}\r\n`);
    replies.push(await reply());
  }
  socket.destroy();
  return replies;
}

for (const dialect of DIALECTS) {
  describe(`SMTP intake on ${dialect.name}`, () => {
    let t: TestStore;
    let receiver: SmtpReceiver;
    let stored = 0;
    const config = testConfig({ VIGIL_SMTP_MAX_BYTES: String(MAX_BYTES) });
    const inbound = () => t.store.db.selectFrom('inbound_messages').selectAll().orderBy('id').execute();

    beforeEach(async () => {
      t = await dialect.open();
      stored = 0;
      receiver = await startSmtpReceiver({
        store: t.store,
        config,
        clock: () => NOW,
        onStored: () => stored++,
      });
    });
    afterEach(async () => {
      await receiver.close();
      await t.close();
    });

    it('answers 250 once the message is stored, and the acknowledgement reaches the relay', async () => {
      assert.notEqual(receiver.port, 0);
      const info = await client(receiver.port).sendMail({
        from: 'Amir <amir@example.org>',
        to: 'cpr@vigil.test',
        subject: 'Misissued certificates',
        text: "I've found that you've misissued certificates such as https://crt.sh/?id=1234567",
        messageId: '<seed-002@example.org>',
      });
      assert.match(info.response, /^250 .*Stored as report message 1/);
      const [row] = await inbound();
      assert.ok(row, 'stored before the sender was told 250');
      assert.equal(row.state, 'received');
      assert.equal(row.channel, 'smtp');
      assert.equal(row.envelope_from, 'amir@example.org');
      assert.equal(row.envelope_to, 'cpr@vigil.test');
      assert.equal(row.remote_address, '127.0.0.1');
      assert.equal(row.message_id, '<seed-002@example.org>');
      assert.match(row.raw.toString('utf8'), /^Subject: Misissued certificates\r$/m);
      assert.equal(stored, 1);

      assert.equal(await processPending({ store: t.store, config, worker: 'test' }, NOW + 500), 1);
      const sink = await startSink();
      try {
        const mail = createRelay(`smtp://127.0.0.1:${sink.port}`);
        const report = await deliverDue(
          { store: t.store, mail, from: config.mailFrom, messageIdDomain: 'vigil.test', worker: 'test' },
          NOW + 1000,
        );
        mail?.close();
        assert.equal(report.sent, 1);
        const [ack] = sink.messages;
        assert.ok(ack);
        assert.deepEqual(ack.to, ['amir@example.org']);
        const parsed = await simpleParser(ack.raw);
        assert.equal(parsed.subject, '[CPR-000001] Your certificate problem report');
        assert.equal(parsed.inReplyTo, '<seed-002@example.org>');
        assert.equal(parsed.headers.get('auto-submitted'), 'auto-replied');
        assert.match(parsed.text ?? '', /crt\.sh ID 1234567/);
        assert.match(parsed.text ?? '', /by 2026-11-24 10:00 UTC/);
      } finally {
        await sink.close();
      }
    });

    it('announces SIZE and refuses an oversized message with 552, storing nothing of it', async () => {
      const big = 'misissued '.repeat(MAX_BYTES / 5);
      await assert.rejects(
        client(receiver.port).sendMail({
          from: 'a@example.org',
          to: 'cpr@vigil.test',
          subject: 'big',
          text: big,
        }),
        (error: { responseCode?: number }) => error.responseCode === 552,
      );
      // Without a SIZE declaration the limit is enforced on the data itself.
      const replies = await converse(receiver.port, [
        'EHLO client.example.org',
        'MAIL FROM:<a@example.org>',
        'RCPT TO:<cpr@vigil.test>',
        'DATA',
        `Subject: big\r\n\r\n${big}\r\n.`,
        'QUIT',
      ]);
      assert.match(replies[1] ?? '', new RegExp(`250[- ]SIZE ${MAX_BYTES}\\r\\n`));
      assert.match(replies[5] ?? '', /^552 /);
      assert.deepEqual(await inbound(), []);
      assert.equal(stored, 0);
    });

    it(`refuses recipients beyond ${MAX_RECIPIENTS} and keeps the message for the rest`, async () => {
      const to = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `cpr${i}@vigil.test`);
      const info = await client(receiver.port).sendMail({
        from: 'a@example.org',
        to,
        subject: 'x',
        text: 'misissued',
      });
      assert.equal(info.rejected.length, 1);
      const [row] = await inbound();
      assert.equal(row?.envelope_to?.split(', ').length, MAX_RECIPIENTS);
    });

    it('answers 451 when the message cannot be stored, so the sender tries again', async () => {
      await t.store.db.schema.dropTable('inbound_messages').execute();
      await assert.rejects(
        client(receiver.port).sendMail({
          from: 'a@example.org',
          to: 'cpr@vigil.test',
          subject: 'x',
          text: 'y',
        }),
        (error: { responseCode?: number }) => error.responseCode === 451,
      );
      assert.equal(stored, 0);
    });
  });
}
