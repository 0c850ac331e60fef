/**
 * Polls a mailbox for CAs whose problem-report address lives on another mail
 * server. Each unseen message is stored first and flagged \Seen only then, so
 * a crash between the two reads the message again; a message already stored
 * (same Message-ID and size on this channel) is not stored twice, even by two
 * instances polling at once. One message
 * is held in memory at a time; one larger than the intake size limit is stored
 * cut at the limit, so it still becomes a case that a person can follow up.
 */
import { ImapFlow } from 'imapflow';
import type { Config } from '../config/config.js';
import type { Store } from '../store/database.js';
import { storeMailboxMessage } from './inbound.js';

export interface ImapPollerOptions {
  readonly store: Store;
  readonly config: Config;
  readonly clock: () => number;
  readonly onStored: () => void;
  /** Told when a poll fails (the mailbox is unreachable, the login is refused); the next poll tries again. */
  readonly onError?: (error: unknown) => void;
}

export interface ImapPoller {
  stop(): Promise<void>;
}

export interface Mailbox {
  readonly host: string;
  readonly port: number;
  /** imaps: TLS from the start; imap: STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user: string;
  readonly pass: string;
  readonly path: string;
}

/** `imaps://user:pass@host:993/INBOX` (port and mailbox optional; `imap://` for port 143). */
export function parseMailboxUrl(url: string): Mailbox {
  const u = new URL(url);
  if (u.protocol !== 'imaps:' && u.protocol !== 'imap:')
    throw new Error(`IMAP URL must start with imaps:// or imap:// (got ${u.protocol})`);
  const secure = u.protocol === 'imaps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(u.username),
    pass: decodeURIComponent(u.password),
    path: decodeURIComponent(u.pathname.replace(/^\/+/, '')) || 'INBOX',
  };
}

export function startImapPoller(options: ImapPollerOptions): ImapPoller {
  const config = options.config;
  if (!config.imap) throw new Error('no IMAP mailbox configured (VIGIL_IMAP_URL)');
  const intervalMs = config.imap.pollSeconds * 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = pollImapOnce(options)
      .then(() => undefined)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** One poll: stores every unseen message, flags it \Seen, returns how many were stored. */
export async function pollImapOnce(options: ImapPollerOptions): Promise<number> {
  const { store, config, clock } = options;
  if (!config.imap) return 0;
  const mailbox = parseMailboxUrl(config.imap.url);
  const maxBytes = config.smtpIntake.maxBytes;
  const client = new ImapFlow({
    host: mailbox.host,
    port: mailbox.port,
    secure: mailbox.secure,
    auth: { user: mailbox.user, pass: mailbox.pass },
    logger: false,
    connectionTimeout: 30_000,
    socketTimeout: 120_000,
  });
  client.on('error', (error: unknown) => options.onError?.(error));
  await client.connect();
  let stored = 0;
  try {
    const lock = await client.getMailboxLock(mailbox.path);
    try {
      const unseen = (await client.search({ seen: false }, { uid: true })) || [];
      for (const uid of unseen) {
        const message = await client.fetchOne(
          String(uid),
          { uid: true, source: { maxLength: maxBytes } },
          { uid: true },
        );
        if (!message || !message.source) continue;
        const raw = new Uint8Array(message.source);
        const remoteAddress = `imap:${mailbox.host}`;
        const id = await storeMailboxMessage(
          store,
          { raw, envelopeFrom: null, envelopeTo: null, remoteAddress },
          clock(),
        );
        if (id !== null) {
          stored++;
          options.onStored();
        }
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return stored;
}
