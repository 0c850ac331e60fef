/**
 * A real `vigil serve` for end-to-end tests and the intake benchmark: in this
 * process (`startTestServer`, with a clock the test may move) or as a child
 * process (`spawnServer`, which a test may SIGKILL). Both listen on free
 * loopback ports and relay outbound mail to a local SMTP sink.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../src/cli/serve.js';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase, type Store } from '../../src/store/database.js';

/** The compiled CLI, beside this file's compiled copy under dist/. */
export const VIGIL_MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

export interface ServerOptions {
  /** The database; a fresh SQLite file in a temporary directory when absent. */
  readonly databaseUrl?: string;
  /** The port of the SMTP sink outbound mail is relayed to. */
  readonly relayPort: number;
  /** More settings, by environment variable name. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface TestServer {
  readonly httpUrl: string;
  readonly smtpPort: number;
  readonly databaseUrl: string;
  /**
   * A connection of the test's own, opened (and migrated) before the server starts. Read with it
   * only: better-sqlite3 waits for a lock synchronously, so a write transaction here, held across an
   * await, stalls this whole process, the server in it included, for the busy timeout.
   */
  readonly store: Store;
  /** Stops the server and deletes the temporary database it made, if any. */
  stop(): Promise<void>;
}

/** A temporary SQLite database URL and the removal of its directory. */
export function tempSqlite(): { url: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  return {
    url: `sqlite:${join(dir, 'vigil.db')}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A loopback port free at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The settings of a server under test: free ports chosen up front (so the base URL in its mail and
 * pages is the address it serves), the sink as relay, no rate limit in the way of a burst.
 */
export async function serverEnv(
  databaseUrl: string,
  options: ServerOptions,
): Promise<Record<string, string>> {
  const httpPort = await freePort();
  return {
    DATABASE_URL: databaseUrl,
    VIGIL_HTTP_HOST: '127.0.0.1',
    VIGIL_HTTP_PORT: String(httpPort),
    VIGIL_SMTP_HOST: '127.0.0.1',
    VIGIL_SMTP_PORT: String(await freePort()),
    VIGIL_SMTP_RELAY: `smtp://127.0.0.1:${options.relayPort}`,
    VIGIL_BASE_URL: `http://127.0.0.1:${httpPort}`,
    VIGIL_CA_NAME: 'Test CA',
    VIGIL_FORM_RATE_PER_MINUTE: '100000',
    VIGIL_SWEEP_INTERVAL_MS: '500',
    ...options.env,
  };
}

/** Starts `vigil serve` in this process; `clock` is the server's time. */
export async function startTestServer(
  options: ServerOptions,
  clock: () => number = Date.now,
): Promise<TestServer> {
  const temp = options.databaseUrl ? null : tempSqlite();
  const databaseUrl = options.databaseUrl ?? (temp as { url: string }).url;
  const store = await openDatabase(databaseUrl);
  // No request log: it would bury the test report and the benchmark's figures.
  const running = await startServer(loadConfig(await serverEnv(databaseUrl, options)), clock, {
    logger: false,
  });
  return {
    httpUrl: running.httpUrl,
    smtpPort: running.smtpPort,
    databaseUrl,
    store,
    async stop() {
      await running.stop();
      await store.close();
      temp?.remove();
    },
  };
}

export interface ChildServer {
  readonly httpUrl: string;
  readonly smtpPort: number;
  readonly process: ChildProcess;
  /** The end of what it wrote on stderr, for failure messages. */
  log(): string;
  /** SIGKILL: no shutdown code runs, as in a power cut. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM and the graceful shutdown. */
  stop(): Promise<void>;
}

const READY = /vigil: serving (\S+), SMTP intake on port (\d+)/;
const START_TIMEOUT_MS = 20_000;

/**
 * Starts `node dist/src/cli/main.js serve` on the database; resolves once it serves both ports.
 * `nodeArgs` go to node before the script, e.g. `--cpu-prof`.
 */
export async function spawnServer(
  databaseUrl: string,
  options: ServerOptions,
  nodeArgs: readonly string[] = [],
): Promise<ChildServer> {
  const child = spawn(process.execPath, [...nodeArgs, VIGIL_MAIN, 'serve'], {
    env: { ...process.env, ...(await serverEnv(databaseUrl, options)) },
    // Fastify logs a JSON line per request on stdout: nobody reads it.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vigil serve did not start within ${START_TIMEOUT_MS} ms:\n${stderr}`));
    }, START_TIMEOUT_MS);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000);
      const m = READY.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`vigil serve exited during start-up (${code ?? signal}):\n${stderr}`));
    });
  });
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  return {
    httpUrl: ready[1] as string,
    smtpPort: Number(ready[2]),
    process: child,
    log: () => stderr,
    async kill() {
      if (!gone()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!gone()) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs the `vigil` CLI as a child process, with `input` on its standard input. */
export function runVigil(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [VIGIL_MAIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
