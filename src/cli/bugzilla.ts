/** `vigil bugzilla sync`: one sync of the watched Bugzilla components into the database. */
import { parseArgs } from 'node:util';
import { createBugzillaClient } from '../bugzilla/client.js';
import { type SyncReport, syncBugzilla } from '../bugzilla/sync.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../store/database.js';

const USAGE = `usage: vigil bugzilla sync [--full] [--format text|json] [--database URL]

Copies the bugs of the CA Certificate Compliance component (products "CA
Program" and "NSS") from Bugzilla (VIGIL_BUGZILLA_URL) into the database, with
their comments, and the history of the CA's own bugs (VIGIL_CA_OWNER). The first
sync takes every bug; later ones only what changed since. --full asks for every
bug again and recomputes what Vigil derives from each (after changing
VIGIL_CA_OWNER, VIGIL_CA_DOMAINS or VIGIL_CA_ACCOUNTS). vigil serve syncs every
VIGIL_BUGZILLA_SYNC_MINUTES once VIGIL_CA_OWNER is set.

exit status: 0 synced; 1 Bugzilla or the database failed; 2 usage error
`;

interface Output {
  write(chunk: string): unknown;
}

const iso = (ms: number | null) => (ms === null ? 'the start' : new Date(ms).toISOString());

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function text(r: SyncReport): string {
  const kind = r.full ? 'full' : 'incremental';
  return `${kind} sync since ${iso(r.since)}: ${count(r.bugs, 'bug')} received, ${r.changed} new or changed, ${count(r.comments, 'new comment')}, ${count(r.requests, 'request')}\n`;
}

export async function runBugzillaCommand(
  argv: string[],
  io: { stdout: Output; stderr: Output; env: NodeJS.ProcessEnv },
  now: () => number = Date.now,
): Promise<number> {
  const usage = (why: string) => {
    io.stderr.write(`vigil bugzilla: ${why}\n${USAGE}`);
    return 2;
  };
  let values: { full?: boolean; format?: string; database?: string; help?: boolean };
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        full: { type: 'boolean' },
        format: { type: 'string' },
        database: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    values = parsed.values;
    if (values.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (parsed.positionals.length !== 1 || parsed.positionals[0] !== 'sync') return usage('expected: sync');
  } catch (error) {
    return usage((error as Error).message);
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usage(`unknown format '${format}'`);

  const config = loadConfig(io.env);
  const store = await openDatabase(values.database ?? config.databaseUrl);
  try {
    const client = createBugzillaClient({ url: config.bugzilla.url, apiKey: config.bugzilla.apiKey });
    const report = await syncBugzilla({ store, client, ca: config.ca }, now(), {
      full: values.full === true,
    });
    io.stdout.write(format === 'json' ? `${JSON.stringify(report)}\n` : text(report));
    return 0;
  } catch (error) {
    io.stderr.write(`vigil bugzilla: sync failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
