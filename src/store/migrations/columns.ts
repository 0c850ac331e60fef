import type { ColumnDefinitionBuilder } from 'kysely';
import type { Dialect } from '../database.js';

/** The column types that differ between SQLite and PostgreSQL, chosen once per dialect. */
export function columns(dialect: Dialect) {
  const sqlite = dialect === 'sqlite';
  return {
    id: {
      type: sqlite ? ('integer' as const) : ('serial' as const),
      build: (c: ColumnDefinitionBuilder) => (sqlite ? c.primaryKey().autoIncrement() : c.primaryKey()),
    },
    /** Epoch milliseconds need 64 bits. */
    time: 'bigint' as const,
    bytes: sqlite ? ('blob' as const) : ('bytea' as const),
  };
}
