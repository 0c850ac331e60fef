/**
 * `vigil serve`: the HTTP server, the SMTP intake and the background worker in
 * one process. Every piece reads and writes the database only, so several
 * processes can share one PostgreSQL database and any of them can die at any
 * moment without losing or repeating work.
 */
import { startImapPoller } from '../cpr/imapPoller.js';
import { processPending } from '../cpr/intake.js';
import { startSmtpReceiver } from '../cpr/smtpReceiver.js';
import { sweepAlerts } from '../alerts/sweeper.js';
import { queueWeeklyReport } from '../alerts/weekly.js';
import { type BugzillaClient, createBugzillaClient } from '../bugzilla/client.js';
import { postApprovedDrafts } from '../bugzilla/post.js';
import { syncBugzilla } from '../bugzilla/sync.js';
import { type Config, loadConfig } from '../config/config.js';
import { checkAllSources, WATCH_INTERVAL_MS } from '../crl/watch.js';
import { deliverDue } from '../delivery/deliver.js';
import { createRelay } from '../delivery/relay.js';
import { releaseClaims } from '../store/claim.js';
import { openDatabase, type Store } from '../store/database.js';
import { releaseLease, takeLease } from '../store/lease.js';
import { buildApp, type Services } from '../web/app.js';
import { BackgroundLoop } from './backgroundLoop.js';

export interface RunningServer {
  readonly httpUrl: string;
  readonly smtpPort: number;
  /** Stops taking new work, finishes what is in hand, closes the database. */
  stop(): Promise<void>;
}

export async function startServer(
  config: Config,
  clock: () => number = Date.now,
  options: { logger?: boolean } = {},
): Promise<RunningServer> {
  const store = await openDatabase(config.databaseUrl);
  const mail = createRelay(config.relay);
  const worker = `${config.instance}`;
  const messageIdDomain = new URL(config.baseUrl).hostname;

  const bugzilla = createBugzillaClient({ url: config.bugzilla.url, apiKey: config.bugzilla.apiKey });

  // One loop per kind of work, each woken by the work it waits for (the CRL watch hourly, the
  // Bugzilla sync by its setting): a burst of intake or a failing alert sweep never holds back the
  // acknowledgements already filed.
  let loops: Record<
    'intake' | 'alerts' | 'delivery' | 'crl' | 'bugzilla' | 'posting',
    BackgroundLoop
  > | null = null;
  const kick = () => {
    loops?.intake.kick();
    loops?.delivery.kick();
    loops?.posting.kick();
  };
  const services: Services = { store, config, clock, kick };
  const app = await buildApp(services, { logger: options.logger ?? true });
  const logError = (what: string) => (error: unknown) => app.log.error({ err: error }, what);
  const every = (what: string, pass: () => Promise<unknown>) =>
    new BackgroundLoop(config.sweepIntervalMs, () => pass().then(() => undefined), logError(what));
  loops = {
    intake: every('intake processing', () =>
      processPending({ store, config, worker, onFiled: () => loops?.delivery.kick() }, clock()),
    ),
    alerts: every('alert sweep', async () => {
      const fired = await sweepAlerts({ store, config }, clock());
      const weekly = await queueWeeklyReport({ store, config }, clock());
      if (fired + weekly > 0) loops?.delivery.kick();
    }),
    // CRLs change hourly at most; fetching them every sweep would only load the CA's repository.
    crl: new BackgroundLoop(
      WATCH_INTERVAL_MS,
      async () => {
        const reports = await checkAllSources(store, config, clock());
        if (reports.some((r) => r.alerts > 0)) loops?.delivery.kick();
      },
      logError('CRL watch'),
    ),
    bugzilla: new BackgroundLoop(
      config.bugzilla.syncMinutes * 60_000,
      () => syncOnce(store, config, bugzilla, worker, clock),
      logError('Bugzilla sync'),
    ),
    // A full batch means more is waiting: a burst drains at once instead of one batch per interval.
    delivery: every('outbox delivery', async () => {
      const report = await deliverDue(
        { store, mail, from: config.mailFrom, messageIdDomain, worker },
        clock(),
      );
      if (report.full) loops?.delivery.kick();
    }),
    posting: every('Bugzilla posting', () =>
      postApprovedDrafts({ store, client: bugzilla, worker, config }, clock()),
    ),
  };
  await releaseClaims(store, worker);
  const httpUrl = await app.listen({ host: config.http.host, port: config.http.port });
  const smtp = await startSmtpReceiver({
    store,
    config,
    clock,
    onStored: kick,
    onError: logError('SMTP intake'),
  });
  const imap = config.imap
    ? startImapPoller({ store, config, clock, onStored: kick, onError: logError('IMAP poll') })
    : null;
  for (const loop of Object.values(loops)) loop.start();

  return {
    httpUrl,
    smtpPort: smtp.port,
    async stop() {
      await smtp.close();
      await imap?.stop();
      await app.close();
      await Promise.all(Object.values(loops).map((loop) => loop.stop()));
      mail?.close();
      await store.close();
    },
  };
}

/** The sync lease outlasts any sync of the component (a full one takes minutes), and is released after. */
const SYNC_LEASE_MS = 30 * 60_000;

/**
 * One instance at a time syncs, so several instances do not each load Bugzilla. Without a CA owner
 * Vigil cannot tell the CA's bugs from others', so it does not sync until one is configured.
 */
async function syncOnce(
  store: Store,
  config: Config,
  client: BugzillaClient,
  worker: string,
  clock: () => number,
): Promise<void> {
  if (config.ca.owner === null) return;
  if (!(await takeLease(store, 'bugzilla-sync', worker, clock(), SYNC_LEASE_MS))) return;
  try {
    await syncBugzilla({ store, client, ca: config.ca }, clock());
  } finally {
    await releaseLease(store, 'bugzilla-sync', worker);
  }
}

export async function runServeCommand(_args: string[], stderr: NodeJS.WritableStream): Promise<number> {
  const server = await startServer(loadConfig());
  stderr.write(`vigil: serving ${server.httpUrl}, SMTP intake on port ${server.smtpPort}\n`);
  await new Promise<void>((resolve) => {
    const shutdown = () => {
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      server.stop().then(resolve, (error: unknown) => {
        stderr.write(`vigil: shutdown: ${String(error)}\n`);
        resolve();
      });
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
  return 0;
}
