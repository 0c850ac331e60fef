/**
 * A real IMAP server for the poller's tests: Debian's Dovecot, run in the
 * foreground from a throwaway configuration on a loopback port, one mailbox
 * user with a plain-text password. npm test installs Debian's dovecot-imapd
 * when it is missing, as it does PostgreSQL and Chromium.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

const DOVECOT = '/usr/sbin/dovecot';
export const IMAP_USER = 'cpr';
export const IMAP_PASSWORD = 'intake secret';

export interface Dovecot {
  readonly port: number;
  /** imap://cpr:…@127.0.0.1:port/INBOX */
  readonly url: string;
  /** Puts a message into INBOX as a delivery would, unseen. */
  deliver(raw: Uint8Array): Promise<void>;
  /** UIDs of the unseen messages in INBOX. */
  unseen(): Promise<number[]>;
  stop(): Promise<void>;
}

function ensureInstalled(): void {
  if (!existsSync(DOVECOT))
    throw new Error('Dovecot is missing for the IMAP tests: run them with npm test, which installs it');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function accepting(port: number, process: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (process.exitCode !== null) throw new Error(`dovecot exited:\n${log()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not listen on ${port}:\n${log()}`);
}

export async function startDovecot(): Promise<Dovecot> {
  ensureInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'vigil-imap-'));
  // Dovecot's unprivileged auth and mail processes read the password file and mail below it.
  chmodSync(dir, 0o755);
  const home = join(dir, 'home');
  mkdirSync(home);
  // As root, mail is kept by Debian's dovecot user; otherwise by whoever runs the tests.
  const root = process.getuid?.() === 0;
  const owner = root ? 'dovecot' : userInfo().username;
  if (root) {
    const id = (flag: string) =>
      Number(spawnSync('id', [flag, 'dovecot'], { encoding: 'utf8' }).stdout.trim());
    chownSync(home, id('-u'), id('-g'));
  }
  const port = await freePort();
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(join(dir, 'passwd'), `${IMAP_USER}:{PLAIN}${IMAP_PASSWORD}::::::\n`);
  writeFileSync(
    conf,
    [
      `base_dir = ${join(dir, 'run')}`,
      `state_dir = ${join(dir, 'state')}`,
      `log_path = ${join(dir, 'dovecot.log')}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      'first_valid_uid = 1',
      ...(root ? [] : [`default_internal_user = ${owner}`, `default_login_user = ${owner}`]),
      `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${join(dir, 'passwd')}\n}`,
      `userdb {\n  driver = static\n  args = uid=${owner} gid=${root ? owner : userInfo().gid} home=${home}/%u\n}`,
      'mail_location = maildir:~/Maildir',
      `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      'service lmtp {\n  unix_listener lmtp {\n    mode = 0600\n  }\n}',
      '',
    ].join('\n'),
  );
  const server = spawn(DOVECOT, ['-F', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await accepting(port, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }

  const url = `imap://${IMAP_USER}:${encodeURIComponent(IMAP_PASSWORD)}@127.0.0.1:${port}/INBOX`;
  const withClient = async <T>(use: (client: ImapFlow) => Promise<T>): Promise<T> => {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user: IMAP_USER, pass: IMAP_PASSWORD },
      logger: false,
    });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.logout();
    }
  };
  return {
    port,
    url,
    deliver: (raw) =>
      withClient(async (client) => {
        await client.append('INBOX', Buffer.from(raw), []);
      }),
    unseen: () =>
      withClient(async (client) => {
        const lock = await client.getMailboxLock('INBOX');
        try {
          return (await client.search({ seen: false }, { uid: true })) || [];
        } finally {
          lock.release();
        }
      }),
    stop,
  };
}
