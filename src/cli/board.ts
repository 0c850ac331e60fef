/** `vigil board`: every open clock (cases, incidents, action items, the CA's bugs), most urgent first. */
import { parseArgs } from 'node:util';
import { type OpenClock, openClockJson, openClocks, ownedBy } from '../alerts/clocks.js';
import { loadConfig } from '../config/config.js';
import { formatDuration } from '../rules/index.js';
import { openDatabase } from '../store/database.js';
import { table } from '../scan/report.js';
import { userByEmail } from '../users/users.js';
import { parseAtOption } from './options.js';

const USAGE = `usage: vigil board [--format text|json] [--at TIME] [--owner EMAIL]

Every open clock, most urgent first: the subject, the deadline's kind, its rule and citation,
when it is due (UTC) and its state: ok, due-soon or overdue.
  --format json   an array of {subject, kind, rule, citation, dueAt, state, …}
  --at TIME       the board as of TIME: YYYY-MM-DD (00:00 UTC) or ISO 8601 with Z or an offset
  --owner EMAIL   only the clocks of what EMAIL owns or co-owns
The database is DATABASE_URL's. Exit status: 0 done; 1 no such owner; 2 usage error.
`;

export interface BoardIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

export async function runBoardCommand(argv: string[], io: BoardIo, now = Date.now): Promise<number> {
  const usage = (problem: string) => {
    io.stderr.write(`vigil board: ${problem}\n${USAGE}`);
    return 2;
  };
  let values: { format?: string; at?: string; owner?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        format: { type: 'string' },
        at: { type: 'string' },
        owner: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usage(`unknown format '${format}'`);
  let at: number;
  try {
    at = values.at === undefined ? now() : parseAtOption(values.at);
  } catch (error) {
    return usage((error as Error).message);
  }

  const config = loadConfig(io.env);
  const store = await openDatabase(config.databaseUrl);
  try {
    const users = await store.db.selectFrom('users').select(['id', 'email']).execute();
    const emails = new Map(users.map((u) => [u.id, u.email]));
    let clocks = await openClocks(store.db, config, at);
    if (values.owner !== undefined) {
      const owner = await userByEmail(store.db, values.owner);
      if (!owner) {
        io.stderr.write(`vigil board: no account ${values.owner}\n`);
        return 1;
      }
      clocks = clocks.filter((c) => ownedBy(c, owner.id));
    }
    const emailOf = (id: number | null) => (id === null ? null : (emails.get(id) ?? null));
    io.stdout.write(
      format === 'json'
        ? `${JSON.stringify(
            clocks.map((c) => openClockJson(c, emailOf)),
            null,
            2,
          )}\n`
        : boardText(clocks, at, emailOf),
    );
    return 0;
  } finally {
    await store.close();
  }
}

const STATE_TEXT: Record<OpenClock['state'], string> = {
  ok: 'ok',
  'due-soon': 'due soon',
  overdue: 'OVERDUE',
};

function boardText(
  clocks: readonly OpenClock[],
  at: number,
  emailOf: (id: number | null) => string | null,
): string {
  if (clocks.length === 0) return `No clock is running at ${new Date(at).toISOString()}.\n`;
  const rows = clocks.map((c) => [
    STATE_TEXT[c.state],
    c.dueAt > at ? `in ${formatDuration(c.dueAt - at)}` : `${formatDuration(at - c.dueAt)} ago`,
    new Date(c.dueAt).toISOString().slice(0, 16).replace('T', ' '),
    c.subject,
    c.label,
    c.rule,
    emailOf(c.ownerId) ?? '(no owner)',
  ]);
  return table([['STATE', 'DUE', 'AT (UTC)', 'SUBJECT', 'DEADLINE', 'RULE', 'OWNER'], ...rows]);
}
