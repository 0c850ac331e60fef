/** `vigil user add`: creates a staff account, the first admin included, on the configured database. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../store/database.js';
import { isRole, ROLES } from '../users/roles.js';
import { createUser } from '../users/users.js';
import { readSecret } from './secretInput.js';

const USAGE = `usage: vigil user add --email E --name N [--role ${ROLES.join('|')}]

Creates a staff account on the database of DATABASE_URL. The password is
read from standard input when it is piped, or asked for at the terminal
without echo; it must have at least 12 characters. The role defaults to staff.
`;

export async function runUserCommand(
  argv: string[],
  io: { stdin: NodeJS.ReadStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  now: () => number = Date.now,
): Promise<number> {
  const [sub, ...rest] = argv;
  let values: { email?: string; name?: string; role?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.stderr.write(`vigil user: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help || sub === '-h' || sub === '--help') {
    io.stdout.write(USAGE);
    return 0;
  }
  const role = values.role ?? 'staff';
  if (sub !== 'add' || !values.email || !values.name || !isRole(role)) {
    io.stderr.write(
      `vigil user: ${sub === 'add' ? 'missing or invalid option' : `unknown subcommand '${sub ?? ''}'`}\n${USAGE}`,
    );
    return 2;
  }
  const password = await readSecret(`Password for ${values.email}: `, io.stdin, io.stderr);
  if (io.stdin.isTTY && (await readSecret('Again: ', io.stdin, io.stderr)) !== password) {
    io.stderr.write('vigil user: the passwords differ\n');
    return 1;
  }
  const store = await openDatabase(loadConfig().databaseUrl);
  try {
    const created = await createUser(
      store.db,
      { email: values.email, name: values.name, role, password },
      { actor: { type: 'system', id: null, label: 'vigil user add' }, at: now() },
    );
    if (!created.ok) {
      io.stderr.write(`vigil user: ${created.error}\n`);
      return 1;
    }
    io.stdout.write(`created ${created.value.role} ${created.value.email}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
