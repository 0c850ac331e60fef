/**
 * A fresh, uniquely named database per test on the cluster `npm test` starts (VIGIL_TEST_POSTGRES_URL),
 * so tests never see each other's rows and need no clean-up between cases.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  /** Connection URL of the new database. */
  url: string;
  /** Drops the database, closing any connection a test left open. */
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.VIGIL_TEST_POSTGRES_URL;
  if (!url)
    throw new Error(
      'VIGIL_TEST_POSTGRES_URL is not set: run the tests with npm test, which starts PostgreSQL',
    );
  return url;
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function freshPostgresDatabase(prefix: string): Promise<TestDatabase> {
  const server = serverUrl();
  const safe = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .slice(0, 40);
  const name = `${safe}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await onServer(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
