/**
 * Filing a processed report: a new case, or a reply joined to the case named
 * in its subject, with the certificates and proofs it brought. Runs inside
 * the one transaction that also marks the inbound message processed.
 *
 * Triage on arrival: a message that might be a CPR (verdict `cpr` or
 * `possible`) opens a case with triage `suspected`, so its clocks run until a
 * person says otherwise. A `not_cpr` message still opens a case, left open
 * with triage `dismissed` and the classifier's reasons in `triage_note`: the
 * queue's dismissed list shows it, no clock runs for it, and a person can
 * confirm it (or close it). A reply that might be a CPR turns such a
 * classifier-dismissed case back to `suspected`; a case a person dismissed
 * stays dismissed.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Case, Database, IntakeChannel, ProblemType, Verdict } from '../store/schema.js';
import type { Classification } from './classify.js';
import type { DecodedCertificate } from './certificates.js';
import { type ReportMessage, storable } from './message.js';
import type { ProofResult } from './proof.js';
import type { Reference } from './references.js';
import { caseNumberInSubject } from './subject.js';

type Trx = Transaction<Database>;

/** One reference of the report, with the certificate decoded when its bytes came along. */
export interface FoundCertificate {
  readonly reference: Exclude<Reference, { kind: 'csr' }>;
  readonly decoded: DecodedCertificate | null;
}

export interface FoundProof {
  readonly result: ProofResult;
  /** The CSR's DER or the statement and signature as given. */
  readonly raw: Uint8Array;
}

export interface Triage {
  readonly verdict: Verdict;
  readonly problemType: ProblemType | null;
  /** The classifier's result and, for the form, the reporter's choice: shown to staff as the reason. */
  readonly classification: Classification & { readonly chosenProblemType?: ProblemType };
}

export interface NewCaseInput {
  readonly receivedAt: number;
  readonly channel: IntakeChannel;
  readonly reporterEmail: string | null;
  readonly message: ReportMessage;
  readonly triage: Triage;
}

/** The open or dismissed case a reply names in its subject, if that case exists. */
export async function caseNamedBy(db: Kysely<Database> | Trx, subject: string): Promise<Case | undefined> {
  const id = caseNumberInSubject(subject);
  if (id === null) return undefined;
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A case's public token: 144 random bits, as unguessable as a session. */
const newCaseToken = (): string => randomBytes(18).toString('base64url');

export async function createCase(trx: Trx, input: NewCaseInput): Promise<Case> {
  const { message, triage } = input;
  const dismissed = triage.verdict === 'not_cpr';
  return trx
    .insertInto('cases')
    .values({
      received_at: input.receivedAt,
      channel: input.channel,
      reporter_email: input.reporterEmail === null ? null : storable(input.reporterEmail),
      reporter_name: message.from.name === null ? null : storable(message.from.name),
      subject: storable(message.subject || '(no subject)'),
      body: storable(message.text),
      problem_type: triage.problemType,
      verdict: triage.verdict,
      classification: JSON.stringify(triage.classification),
      triage: dismissed ? 'dismissed' : 'suspected',
      triage_note: dismissed ? dismissalNote(triage.classification) : null,
      status: 'open',
      closed_at: null,
      revocation_subordinate_ca: 0,
      public_token: newCaseToken(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * A reply that might be a CPR reopens a case the classifier dismissed, with
 * the reply's triage; a case a person dismissed (the audit log has their
 * `case.dismiss`) stays as they left it. Returns the case as it now is.
 */
export async function reopenIfDismissedByClassifier(trx: Trx, kase: Case, triage: Triage): Promise<Case> {
  if (kase.triage !== 'dismissed' || kase.status !== 'open' || triage.verdict === 'not_cpr') return kase;
  const byPerson = await trx
    .selectFrom('audit_log')
    .select('id')
    .where('subject_type', '=', 'case')
    .where('subject_id', '=', kase.id)
    .where('action', '=', 'case.dismiss')
    .executeTakeFirst();
  if (byPerson) return kase;
  return trx
    .updateTable('cases')
    .set({
      verdict: triage.verdict,
      problem_type: kase.problem_type ?? triage.problemType,
      classification: JSON.stringify(triage.classification),
      triage: 'suspected',
      triage_note: null,
    })
    .where('id', '=', kase.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Why the classifier dismissed a message, for the dismissed list and the reporter. */
export function dismissalReason(classification: Classification): string {
  const negatives = classification.reasons.filter((r) => r.weight < 0).map((r) => r.reason.toLowerCase());
  return negatives.length > 0 ? negatives.join('; ') : 'it names no certificate, key or problem we recognise';
}

function dismissalNote(classification: Classification): string {
  return `Dismissed by the classifier (score ${classification.score}): ${dismissalReason(classification)}.`;
}

/** Adds the certificates a message names, skipping those the case already has; returns how many were new. */
export async function addCertificates(
  trx: Trx,
  caseId: number,
  found: readonly FoundCertificate[],
  now: number,
): Promise<number> {
  if (found.length === 0) return 0;
  const existing = await trx
    .selectFrom('case_certificates')
    .select(['kind', 'value'])
    .where('case_id', '=', caseId)
    .execute();
  const seen = new Set(existing.map((c) => `${c.kind}:${c.value}`));
  const rows = found
    .filter(({ reference: r }) => !seen.has(`${r.kind}:${r.value}`))
    .map(({ reference: r, decoded: d }) => ({
      case_id: caseId,
      kind: r.kind,
      value: r.value,
      source: storable(r.source),
      sha256: d?.sha256 ?? (r.kind === 'sha256' ? r.value : null),
      der: 'der' in r ? Buffer.from(r.der) : null,
      subject: d?.subject === undefined || d.subject === null ? null : storable(d.subject),
      issuer: storable(d?.issuer ?? (r.kind === 'serial_issuer' ? (r.issuer ?? '') : '')) || null,
      serial: d?.serial ?? (r.kind === 'serial_issuer' ? r.value : null),
      not_before: d?.notBefore ?? null,
      not_after: d?.notAfter ?? null,
      lint_results: d ? storable(JSON.stringify(d.findings)) : null,
      lint_errors: d?.lintErrors ?? 0,
      added_at: now,
    }));
  // In slices: SQLite allows a limited number of bound values per statement.
  for (let i = 0; i < rows.length; i += 50)
    await trx
      .insertInto('case_certificates')
      .values(rows.slice(i, i + 50))
      .execute();
  return rows.length;
}

export async function addEvidence(
  trx: Trx,
  caseId: number,
  proofs: readonly FoundProof[],
  now: number,
): Promise<void> {
  for (const { result, raw } of proofs)
    await trx
      .insertInto('case_evidence')
      .values({
        case_id: caseId,
        method: result.method,
        verified: result.verified ? 1 : 0,
        details: storable(JSON.stringify(result)),
        raw: Buffer.from(raw),
        added_at: now,
      })
      .execute();
}
