/** `vigil token add`: creates an API token for a staff account and prints it, once. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../store/database.js';
import { createApiToken } from '../users/tokens.js';
import { userByEmail } from '../users/users.js';

const USAGE = `usage: vigil token add --name N --user E

Creates an API token (for POST /api/lint and /api/cases) held by the account
with e-mail E, on the database of DATABASE_URL, and prints it. Only its hash
is stored: copy it now.
`;

export async function runTokenCommand(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  now: () => number = Date.now,
): Promise<number> {
  const [sub, ...rest] = argv;
  let values: { name?: string; user?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      options: { name: { type: 'string' }, user: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    io.stderr.write(`vigil token: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help || sub === '-h' || sub === '--help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (sub !== 'add' || !values.name || !values.user) {
    io.stderr.write(
      `vigil token: ${sub === 'add' ? 'missing option' : `unknown subcommand '${sub ?? ''}'`}\n${USAGE}`,
    );
    return 2;
  }
  const store = await openDatabase(loadConfig().databaseUrl);
  try {
    const user = await userByEmail(store.db, values.user);
    if (!user || user.disabled_at !== null) {
      io.stderr.write(`vigil token: no active account ${values.user}\n`);
      return 1;
    }
    const created = await createApiToken(
      store.db,
      { name: values.name, userId: user.id },
      { actor: { type: 'system', id: null, label: 'vigil token add' }, at: now() },
    );
    if (!created.ok) {
      io.stderr.write(`vigil token: ${created.error}\n`);
      return 1;
    }
    io.stdout.write(`${created.value.token}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
