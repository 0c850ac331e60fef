/**
 * The clocks staff see, from the same facts the alert sweeper counts from
 * (alerts/facts.ts), so a countdown and its alert never disagree.
 */
import type { Kysely } from 'kysely';
import {
  type CaseClockFields,
  type CaseRecords,
  caseRecordsOf,
  cprFactsOf,
  NO_RECORDS,
} from '../alerts/facts.js';
import { cprDeadlines, type Deadline } from '../rules/index.js';
import type { Case, Database } from '../store/schema.js';

type ClockedCase = CaseClockFields & Pick<Case, 'id' | 'triage'>;

/** A report a person dismissed as no CPR runs no clock. */
export function caseDeadlines(c: ClockedCase, records: CaseRecords): Deadline[] {
  return c.triage === 'dismissed' ? [] : cprDeadlines(cprFactsOf(c, records));
}

/** The deadlines of many cases, with one query per table for their records. */
export async function deadlinesOf(
  db: Kysely<Database>,
  cases: readonly ClockedCase[],
): Promise<Map<number, Deadline[]>> {
  const records = await caseRecordsOf(
    db,
    cases.map((c) => c.id),
  );
  return new Map(cases.map((c) => [c.id, caseDeadlines(c, records.get(c.id) ?? NO_RECORDS)]));
}

/** One case's deadlines, read with `db`: a workflow action passes its transaction. */
export async function clocksOf(db: Kysely<Database>, c: ClockedCase): Promise<Deadline[]> {
  return (await deadlinesOf(db, [c])).get(c.id) ?? [];
}
