/**
 * The clocks staff see, from the same facts the alert sweeper counts from
 * (alerts/facts.ts), so a countdown and its alert never disagree.
 */
import type { Kysely } from 'kysely';
import { type CaseClockFields, type CertificateValidity, cprFactsOf } from '../alerts/facts.js';
import { cprDeadlines, type Deadline } from '../rules/index.js';
import type { Case, Database } from '../store/schema.js';

/** A report a person dismissed as no CPR runs no clock. */
export function caseDeadlines(
  c: CaseClockFields & Pick<Case, 'triage'>,
  certificates: readonly CertificateValidity[],
): Deadline[] {
  return c.triage === 'dismissed' ? [] : cprDeadlines(cprFactsOf(c, certificates));
}

/** The deadlines of many cases, with one query for their certificates. */
export async function deadlinesOf<C extends CaseClockFields & Pick<Case, 'id' | 'triage'>>(
  db: Kysely<Database>,
  cases: readonly C[],
): Promise<Map<number, Deadline[]>> {
  const validity = new Map<number, CertificateValidity[]>(cases.map((c) => [c.id, []]));
  if (cases.length > 0) {
    const rows = await db
      .selectFrom('case_certificates')
      .select(['case_id', 'not_before', 'not_after'])
      .where(
        'case_id',
        'in',
        cases.map((c) => c.id),
      )
      .execute();
    for (const { case_id, ...v } of rows) validity.get(case_id)?.push(v);
  }
  return new Map(cases.map((c) => [c.id, caseDeadlines(c, validity.get(c.id) ?? [])]));
}
