import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDatabase } from '../../src/store/database.js';
import { migrationsFor } from '../../src/store/migrations/index.js';
import { DIALECTS, eachStore, testDatabase } from '../support/stores.js';
import { runTogether } from './processes.js';

const TABLES = [
  'alerts',
  'api_tokens',
  'audit_log',
  'case_certificates',
  'case_evidence',
  'case_notes',
  'case_reports',
  'cases',
  'inbound_messages',
  'outbox',
  'sessions',
  'settings',
  'users',
];

describe('migrations', () => {
  eachStore('create every table, and opening again applies nothing', async ({ store, open, dialect }) => {
    const tables = (await store.db.introspection.getTables()).map((t) => t.name);
    for (const table of TABLES) assert.ok(tables.includes(table), `table ${table} exists`);
    const applied = () =>
      store.db
        .selectFrom('kysely_migration' as never)
        .select(['name' as never, 'timestamp' as never])
        .orderBy('name' as never)
        .execute() as Promise<{ name: string; timestamp: string }[]>;
    const before = await applied();
    assert.deepEqual(
      before.map((m) => m.name),
      Object.keys(migrationsFor(dialect)),
    );
    await store.db.insertInto('settings').values({ key: 'probe', value: 'kept' }).execute();
    const again = await open();
    assert.deepEqual(await applied(), before);
    assert.equal(
      (await again.db.selectFrom('settings').select('value').where('key', '=', 'probe').executeTakeFirst())
        ?.value,
      'kept',
    );
  });

  for (const dialect of DIALECTS)
    it(`let several instances start together on a fresh database (${dialect})`, async () => {
      const database = await testDatabase(dialect, 'migrate_together');
      try {
        await runTogether('open', database.url, ['a', 'b', 'c', 'd'], 0);
        const store = await openDatabase(database.url);
        try {
          const tables = (await store.db.introspection.getTables()).map((t) => t.name);
          for (const table of TABLES) assert.ok(tables.includes(table), `table ${table} exists`);
        } finally {
          await store.close();
        }
      } finally {
        await database.drop();
      }
    });
});
