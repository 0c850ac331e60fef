/**
 * The SMTP intake. A message is answered 250 only once `storeInbound` has
 * committed it, so a sender that saw 250 can rely on Vigil having it; a
 * storage error is answered 451, so the sending server keeps the message and
 * tries again. Oversized messages are refused with 552 and nothing of them is
 * kept. Plain SMTP without AUTH: this is a public reporting address, and the
 * default binds to loopback behind the CA's mail server.
 */
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Config } from '../config/config.js';
import type { Store } from '../store/database.js';
import { storeInbound } from './inbound.js';

export interface SmtpReceiverOptions {
  readonly store: Store;
  readonly config: Config;
  readonly clock: () => number;
  /** Called after each message is stored, to start its processing at once. */
  readonly onStored: () => void;
  /** Told about storage failures (the sender was answered 451). */
  readonly onError?: (error: unknown) => void;
}

export interface SmtpReceiver {
  readonly port: number;
  close(): Promise<void>;
}

/** A problem report goes to one address or a few; more is a spam run. */
export const MAX_RECIPIENTS = 20;

class SmtpError extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startSmtpReceiver(options: SmtpReceiverOptions): Promise<SmtpReceiver> {
  const { store, config, clock } = options;
  const maxBytes = config.smtpIntake.maxBytes;
  const server = new SMTPServer({
    name: new URL(config.baseUrl).hostname,
    banner: `${config.caName} certificate problem reports`,
    size: maxBytes,
    rejectOversized: true,
    maxRecipients: MAX_RECIPIENTS,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    socketTimeout: 60_000,
    closeTimeout: 10_000,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) chunks.push(chunk);
      });
      stream.on('end', () => {
        if (stream.sizeExceeded || size > maxBytes) {
          callback(new SmtpError(552, `Message exceeds the size limit of ${maxBytes} bytes`));
          return;
        }
        const envelope = session.envelope;
        const from = envelope.mailFrom === false ? null : envelope.mailFrom.address;
        storeInbound(
          store,
          {
            channel: 'smtp',
            raw: Buffer.concat(chunks, size),
            envelopeFrom: from,
            envelopeTo: envelope.rcptTo.map((r) => r.address).join(', ') || null,
            remoteAddress: session.remoteAddress || null,
          },
          clock(),
        ).then(
          (id) => {
            callback(null, `Stored as report message ${id}`);
            options.onStored();
          },
          (error: unknown) => {
            options.onError?.(error);
            callback(new SmtpError(451, 'Temporary storage failure, please try again later'));
          },
        );
      });
    },
  });
  server.on('error', (error) => options.onError?.(error));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.smtpIntake.port, config.smtpIntake.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.smtpIntake.port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
