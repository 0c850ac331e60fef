/**
 * A real SMTP server on 127.0.0.1 that records every message it accepts, standing in for the
 * outbound relay. Its mode simulates trouble: 'tempfail' answers 451 after the data, 'reject'
 * refuses every recipient with 550 (`refused` names single ones), 'drop' closes each connection as it opens; close() and a new
 * sink on the same port make an outage and a recovery.
 */
import { EventEmitter, once } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SinkMode = 'accept' | 'tempfail' | 'reject' | 'drop';

export interface SunkMessage {
  readonly envelopeFrom: string;
  readonly envelopeTo: readonly string[];
  readonly messageId: string;
  readonly subject: string;
  readonly text: string;
  readonly headers: ReadonlyMap<string, unknown>;
}

export interface SmtpSink {
  readonly port: number;
  /** Everything accepted so far, in the order the 250s were given; the sink removes no duplicate. */
  readonly messages: readonly SunkMessage[];
  mode: SinkMode;
  /** Addresses refused with 550 at RCPT TO, whatever the mode. */
  readonly refused: Set<string>;
  /** Resolves once `count` messages have been accepted in all; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<readonly SunkMessage[]>;
  /** Resolves when no message is being received: each one under way is accepted or abandoned. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const withCode = (message: string, responseCode: number) =>
  Object.assign(new Error(message), { responseCode });

export async function startSmtpSink(options: { port?: number; mode?: SinkMode } = {}): Promise<SmtpSink> {
  const messages: SunkMessage[] = [];
  const refused = new Set<string>();
  let receiving = 0;
  const accepted = new EventEmitter();
  let mode = options.mode ?? 'accept';
  const sink = {
    get mode() {
      return mode;
    },
    /** Dropping also cuts the connections already open, pooled ones included. */
    set mode(next: SinkMode) {
      mode = next;
      if (next === 'drop') for (const socket of sockets) socket.destroy();
    },
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 100,
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      const refuse = sink.mode === 'reject' || refused.has(address.address);
      callback(refuse ? withCode('mailbox unavailable', 550) : null);
    },
    onData(stream, session, callback) {
      receiving++;
      let received = false;
      const done = () => {
        receiving--;
        accepted.emit('done');
      };
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', () => {}); // the client went away mid-message: nothing was accepted
      stream.on('close', () => received || done());
      stream.on('end', () => {
        received = true;
        if (sink.mode === 'tempfail') {
          done();
          return callback(withCode('local error, try again later', 451));
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            messages.push({
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              messageId: mail.messageId ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              headers: mail.headers,
            });
            accepted.emit('message');
            callback();
          }, callback)
          .finally(done);
      });
    },
  });
  const sockets = new Set<Socket>();
  server.server.prependListener('connection', (socket: Socket) => {
    if (sink.mode === 'drop') return socket.destroy();
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('error', () => {}); // a dropped or reset connection is part of the simulation
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;

  return Object.assign(sink, {
    port,
    messages,
    refused,
    async waitFor(count: number, timeoutMs = 15_000) {
      const deadline = AbortSignal.timeout(timeoutMs);
      while (messages.length < count) {
        try {
          await once(accepted, 'message', { signal: deadline });
        } catch {
          throw new Error(`SMTP sink: ${messages.length} of ${count} messages after ${timeoutMs} ms`);
        }
      }
      return messages;
    },
    async idle() {
      while (receiving > 0) await once(accepted, 'done');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
