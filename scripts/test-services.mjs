// Brings up what the tests need: Chromium, and a throwaway PostgreSQL cluster on loopback.
// Missing Debian packages are installed when running as root; otherwise the command to run is printed.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const CHROMIUM = '/usr/bin/chromium';
const POSTGRES_ROOT = '/usr/lib/postgresql';
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

const DOVECOT = '/usr/sbin/dovecot';
const isRoot = process.getuid?.() === 0;
let aptUpdated = false;

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

function runOrFail(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) fail(`failed: ${cmd} ${args.join(' ')} (exit ${r.status ?? r.signal})`);
}

/** Installs a Debian package as root; otherwise exits with the command to run, or the variable to set instead. */
function aptInstall(pkg, why, instead) {
  const command = `apt-get update && apt-get install -y --no-install-recommends ${pkg}`;
  if (!isRoot) fail(`${why}. As root, run:\n  ${command}\nthen run the tests again; or ${instead}.`);
  console.log(`\n> ${why}: installing Debian's ${pkg}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) runOrFail('apt-get', ['update'], { env });
  aptUpdated = true;
  runOrFail('apt-get', ['install', '-y', '--no-install-recommends', pkg], { env });
}

/** Returns the Chromium binary the browser tests launch. */
export function ensureChromium() {
  const configured = process.env.VIGIL_TEST_CHROMIUM;
  if (configured) {
    if (!existsSync(configured)) fail(`VIGIL_TEST_CHROMIUM=${configured} does not exist`);
    return configured;
  }
  if (!existsSync(CHROMIUM))
    aptInstall(
      'chromium',
      `Chromium is missing (${CHROMIUM})`,
      'set VIGIL_TEST_CHROMIUM to a Chromium binary',
    );
  return CHROMIUM;
}

/** The IMAP poller's tests run against a real Dovecot, started by the tests themselves. */
export function ensureDovecot() {
  if (!existsSync(DOVECOT))
    aptInstall(
      'dovecot-imapd',
      `Dovecot is missing (${DOVECOT})`,
      'install Dovecot by other means so that /usr/sbin/dovecot exists',
    );
}

/** The bin directory of the highest installed PostgreSQL server version, if any. */
function postgresBin() {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(POSTGRES_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(POSTGRES_ROOT, versions[0], 'bin') : undefined;
}

function idOf(flag) {
  const r = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : undefined;
}

/** The postgres system user: initdb and postgres refuse to run as root. */
function postgresUser() {
  if (idOf('-u') === undefined) {
    console.log('\n> creating the postgres system user');
    runOrFail('useradd', ['--system', '--user-group', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  return { uid: idOf('-u'), gid: idOf('-g') };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Returns `{ url, stop }` for a PostgreSQL server the tests may create databases on: the one in
 * VIGIL_TEST_POSTGRES_URL, or a fresh cluster in a temporary directory that `stop()` shuts down and deletes.
 */
export async function ensurePostgres() {
  const given = process.env.VIGIL_TEST_POSTGRES_URL;
  if (given) return { url: given, stop: async () => {} };

  let bin = postgresBin();
  if (!bin) {
    aptInstall(
      'postgresql',
      `PostgreSQL server binaries are missing (${POSTGRES_ROOT}/*/bin/initdb)`,
      'set VIGIL_TEST_POSTGRES_URL to a server where this user may create databases',
    );
    bin = postgresBin();
    if (!bin) fail(`installed postgresql, but found no ${POSTGRES_ROOT}/*/bin/initdb`);
  }
  // As root, run the server binaries as the postgres user; setpriv execs in place, so signals reach postgres.
  const user = isRoot ? postgresUser() : undefined;
  const asServer = (cmd, args) =>
    user
      ? ['setpriv', [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--', cmd, ...args]]
      : [cmd, args];
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'vigil-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const removeDir = () => rmSync(dir, { recursive: true, force: true });

  const [initCmd, initArgs] = asServer(join(bin, 'initdb'), [
    ...['-D', data, '-U', 'postgres', '-E', 'UTF8', '--locale=C'],
    ...['--auth=trust', '--no-sync', '--no-instructions'],
  ]);
  const init = spawnSync(initCmd, initArgs, { cwd: dir, encoding: 'utf8' });
  if (init.status !== 0) {
    removeDir();
    fail(`initdb failed (exit ${init.status ?? init.signal}):\n${init.stdout}${init.stderr}`);
  }
  // Trust, but only over loopback and the socket in the private temp directory.
  writeFileSync(
    join(data, 'pg_hba.conf'),
    'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n',
  );

  const port = await freePort();
  const settings = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dir,
    // The cluster is deleted after the run, so crash safety buys nothing: skip flushing to disk.
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
  };
  const [serverCmd, serverArgs] = asServer(join(bin, 'postgres'), [
    ...['-D', data, '-p', String(port)],
    ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ]);
  const server = spawn(serverCmd, serverArgs, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keepLog = (chunk) => {
    log = (log + chunk).slice(-20_000);
  };
  server.stdout.on('data', keepLog);
  server.stderr.on('data', keepLog);
  const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve(code ?? signal)));
  let stopping;

  const stop = () => {
    stopping ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGINT'); // fast shutdown: roll back open transactions, disconnect clients
        const timer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      removeDir();
    })();
    return stopping;
  };
  async function onSignal(signal) {
    await stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const execFileAsync = promisify(execFile);
  const pgIsReady = ['-q', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres'];
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      const status = await exited;
      await stop();
      fail(`PostgreSQL exited during start-up (${status}):\n${log}`);
    }
    if (Date.now() - started > START_TIMEOUT_MS) {
      await stop();
      fail(
        `PostgreSQL did not accept connections on 127.0.0.1:${port} within ${START_TIMEOUT_MS / 1000} s:\n${log}`,
      );
    }
    const ready = await execFileAsync(join(bin, 'pg_isready'), pgIsReady).then(
      () => true,
      () => false,
    );
    if (ready) break;
    await sleep(50);
  }
  const version = bin.split('/').at(-2);
  console.log(`\n> PostgreSQL ${version} on 127.0.0.1:${port}, started in ${Date.now() - started} ms`);
  return { url, stop };
}
