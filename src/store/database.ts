/**
 * Opens the database named by a URL: `sqlite:./vigil.db` (the embedded
 * default, also `sqlite::memory:`) or `postgres://…` for several instances on
 * one shared database. Migrations run on open.
 */
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase, sql } from 'kysely';
import pg from 'pg';
import { migrationsFor } from './migrations/index.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

export class DatabaseUrlError extends Error {}

export function dialectOf(url: string): Dialect {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres';
  throw new DatabaseUrlError(
    `DATABASE_URL must start with sqlite: or postgres:// (got ${JSON.stringify(url)})`,
  );
}

function sqlite(path: string): SqliteDialect {
  const database = new SQLite(path);
  // WAL lets readers run beside the writer; synchronous=FULL makes a commit
  // durable before it returns, which intake's "250 only after storing" needs.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 10000');
  database.pragma('foreign_keys = ON');
  return new SqliteDialect({ database: preparedOnce(database) });
}

/**
 * Kysely prepares every query anew, and better-sqlite3 compiles SQL on each prepare: keeping the
 * compiled statements by their text cuts the server's CPU per intake report by about a tenth
 * (bench/intake.bench.ts). A statement still being iterated is busy and cannot serve a second
 * query, so that one case compiles afresh. Queries are built from a few hundred shapes; the cap
 * only guards against SQL that embeds its values.
 */
function preparedOnce(database: SQLite.Database): SqliteDatabase {
  const compiled = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(text) {
      const cached = compiled.get(text);
      if (cached !== undefined && !cached.busy) return cached;
      if (compiled.size >= 1000) compiled.clear();
      const statement = database.prepare(text);
      compiled.set(text, statement);
      return statement;
    },
  };
}

function postgres(url: string): PostgresDialect {
  const types = {
    // int8 columns hold epoch milliseconds, exact in a JS number; read them as numbers.
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  // An idle connection the server ends (a restart, a dropped database) is discarded by the pool and
  // replaced on the next query; unheard, its error would be thrown and end the process.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}

export async function openDatabase(url: string): Promise<Store> {
  const dialect = dialectOf(url);
  const db = new Kysely<Database>({
    dialect: dialect === 'sqlite' ? sqlite(url.slice('sqlite:'.length) || './vigil.db') : postgres(url),
  });
  await migrate(db, dialect);
  return { db, dialect, close: () => db.destroy() };
}

async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrations = migrationsFor(dialect);
  const run = (on: Kysely<Database>) =>
    new Migrator({ db: on, provider: { getMigrations: async () => migrations } }).migrateToLatest();
  // Kysely locks and wraps PostgreSQL migrations in a transaction, but neither for SQLite: BEGIN
  // IMMEDIATE gives both, so processes opening a new file together migrate it one after another
  // and a failed migration leaves nothing half done.
  const { error, results } =
    dialect === 'postgres'
      ? await run(db)
      : await db.connection().execute(async (conn) => {
          await sql`BEGIN IMMEDIATE`.execute(conn);
          const outcome = await run(conn);
          await sql.raw(outcome.error ? 'ROLLBACK' : 'COMMIT').execute(conn);
          return outcome;
        });
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
