/**
 * Runs a storage test once on each dialect: SQLite in a temporary file (not :memory:, so several
 * connections and processes can share it) and PostgreSQL in a fresh database on the test cluster.
 * PostgreSQL is never skipped: without VIGIL_TEST_POSTGRES_URL its test fails and says why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it, type TestContext } from 'node:test';
import { type Dialect, type Store, openDatabase } from '../../src/store/database.js';
import { type TestDatabase, freshPostgresDatabase } from './postgres.js';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

export interface TestStore {
  readonly dialect: Dialect;
  /** The DATABASE_URL, for further connections and for child processes. */
  readonly url: string;
  /** A connection opened for the test, migrations applied. */
  readonly store: Store;
  /** Opens one more connection; every connection is closed after the test. */
  open(): Promise<Store>;
  readonly t: TestContext;
}

/** An empty database of the dialect, not yet migrated. */
export async function testDatabase(dialect: Dialect, name: string): Promise<TestDatabase> {
  if (dialect === 'postgres') return freshPostgresDatabase(name);
  const dir = mkdtempSync(join(tmpdir(), 'vigil-store-'));
  return {
    url: `sqlite:${join(dir, 'vigil.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function withTestStore(
  dialect: Dialect,
  name: string,
  t: TestContext,
  body: (s: TestStore) => Promise<void>,
): Promise<void> {
  const database = await testDatabase(dialect, name);
  const opened: Store[] = [];
  const open = async () => {
    const store = await openDatabase(database.url);
    opened.push(store);
    return store;
  };
  try {
    await body({ dialect, url: database.url, store: await open(), open, t });
  } finally {
    // A test may have closed a connection itself (a simulated crash); closing twice is harmless here.
    await Promise.allSettled(opened.map((s) => s.close()));
    await database.drop();
  }
}

/** Registers `name (sqlite)` and `name (postgres)`, each with its own fresh database. */
export function eachStore(name: string, body: (s: TestStore) => Promise<void>): void {
  for (const dialect of DIALECTS)
    it(`${name} (${dialect})`, (t) => withTestStore(dialect, name.slice(0, 24), t, body));
}
