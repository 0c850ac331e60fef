/**
 * A case's rows as the facts its clocks count from (rules/cpr.ts), read the same way by the alert
 * sweeper and the staff pages (web/caseClocks.ts), so a countdown and its alert never disagree.
 */
import type { Kysely } from 'kysely';
import { type CprFacts, isShortLived } from '../rules/index.js';
import type { Case, CaseCertificate, Database, OutboxRow } from '../store/schema.js';

export type CaseClockFields = Pick<
  Case,
  | 'received_at'
  | 'revocation_reason'
  | 'revocation_decided_at'
  | 'revocation_subordinate_ca'
  | 'revocation_published_at'
>;

export type CertificateValidity = Pick<CaseCertificate, 'not_before' | 'not_after'>;

/** One recipient's copy of the preliminary report, as its outbox row stands. */
export type ReportCopy = Pick<
  OutboxRow,
  'recipients' | 'state' | 'created_at' | 'sent_at' | 'attempts' | 'last_error'
>;

/** The rows besides the case's own that its clocks count from. */
export interface CaseRecords {
  readonly certificates: readonly CertificateValidity[];
  readonly reportCopies: readonly ReportCopy[];
}

export const NO_RECORDS: CaseRecords = { certificates: [], reportCopies: [] };

/**
 * The outbox keys of the report's copies: cpr/workflow.ts queues one per recipient as
 * `report:<report id>:<address>`, and a case has one preliminary report.
 */
const REPORT_COPY_KEYS = 'report:%';

/**
 * BR 4.9.5 asks for the report to reach the reporter and the subscriber: it is sent when the relay
 * has accepted every copy, at the last acceptance. A copy still queued, or refused for good, keeps
 * the clock running, and its alerts with it.
 */
export function reportSentAt(copies: readonly ReportCopy[]): number | null {
  let last: number | null = null;
  for (const copy of copies) {
    if (copy.state !== 'sent' || copy.sent_at === null) return null;
    last = Math.max(last ?? copy.sent_at, copy.sent_at);
  }
  return last;
}

/**
 * A revocation is short-lived (no clock, BR 4.9.1.1) only when the case names certificates and
 * every one of them is known and short-lived: a reference not yet resolved could be anything, so
 * it keeps the clock running rather than silence an alert.
 */
export function cprFactsOf(c: CaseClockFields, records: CaseRecords): CprFacts {
  const { certificates } = records;
  const shortLived =
    certificates.length > 0 &&
    certificates.every(
      (cert) =>
        cert.not_before !== null && cert.not_after !== null && isShortLived(cert.not_before, cert.not_after),
    );
  return {
    receivedAt: c.received_at,
    preliminaryReportSentAt: reportSentAt(records.reportCopies),
    revocation:
      c.revocation_reason === null
        ? null
        : {
            reason: c.revocation_reason,
            decidedAt: c.revocation_decided_at ?? c.received_at,
            subordinateCa: c.revocation_subordinate_ca === 1,
            shortLived,
          },
    revocationPublishedAt: c.revocation_published_at,
  };
}

/** The records of the given cases, with one query per table; every id has an entry. */
export async function caseRecordsOf(
  db: Kysely<Database>,
  caseIds: readonly number[],
): Promise<Map<number, CaseRecords>> {
  const records = new Map(
    caseIds.map((id) => [
      id,
      { certificates: [] as CertificateValidity[], reportCopies: [] as ReportCopy[] },
    ]),
  );
  if (caseIds.length === 0) return records;
  // One after the other: in a workflow action both read through its transaction's one connection.
  const certificates = await db
    .selectFrom('case_certificates')
    .select(['case_id', 'not_before', 'not_after'])
    .where('case_id', 'in', caseIds)
    .orderBy('id')
    .execute();
  const copies = await db
    .selectFrom('outbox')
    .select(['case_id', 'recipients', 'state', 'created_at', 'sent_at', 'attempts', 'last_error'])
    .where('case_id', 'in', caseIds)
    .where('dedupe_key', 'like', REPORT_COPY_KEYS)
    .orderBy('id')
    .execute();
  for (const { case_id, ...validity } of certificates) records.get(case_id)?.certificates.push(validity);
  for (const { case_id, ...copy } of copies)
    if (case_id !== null) records.get(case_id)?.reportCopies.push(copy);
  return records;
}
