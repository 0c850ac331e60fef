/**
 * From stored message to case: read it (mail or form), find the certificates
 * it names, classify it, verify key-compromise proofs, then in one
 * transaction file it (new case or reply), mark it processed, audit, and
 * queue the acknowledgement. The transaction first takes the message from
 * `received` to `processed` while our claim holds, so two workers (or a
 * worker whose lease ran out) never file one message twice, and the
 * acknowledgement's key `ack:inbound:<id>` makes a repeat queue nothing.
 */
import type { Transaction } from 'kysely';
import type { Config } from '../config/config.js';
import { type Actor, audit, SYSTEM } from '../store/audit.js';
import { claimRows } from '../store/claim.js';
import type { Store } from '../store/database.js';
import type { Case, Database, InboundMessage } from '../store/schema.js';
import { type Certificate, parseCertificate } from '../x509/certificate.js';
import { acknowledge } from './acknowledge.js';
import {
  addCertificates,
  addEvidence,
  caseNamedBy,
  createCase,
  type FoundCertificate,
  type FoundProof,
  reopenIfDismissedByClassifier,
  type Triage,
} from './cases.js';
import { decodeCertificate, errorLints } from './certificates.js';
import { classifyMessage } from './classify.js';
import { readFormSubmission } from './formSubmission.js';
import { safeAddress } from './headers.js';
import { readMail } from './mail.js';
import { type ReportMessage, storable } from './message.js';
import { verifyKeyCompromiseProof } from './proof.js';
import { extractCertificateReferences, type Reference } from './references.js';
import type { Understood } from './understood.js';

export interface IntakeContext {
  readonly store: Store;
  readonly config: Config;
  /** The name this process claims work under. */
  readonly worker: string;
  /** Called after each message is filed, so its acknowledgement can go out before the batch ends. */
  readonly onFiled?: (filed: Filed) => void;
}

export interface Filed {
  readonly caseId: number;
  readonly created: boolean;
  readonly publicToken: string | null;
  readonly understood: Understood;
}

/** How long a claimed message is ours; processing one takes milliseconds. */
export const LEASE_MS = 60_000;
const BATCH = 20;
/** After this many failed attempts a message is left `failed`, with its error, for a person. */
const MAX_ATTEMPTS = 5;

/** Processes every message waiting; returns how many were filed. */
export async function processPending(ctx: IntakeContext, now: number): Promise<number> {
  let filed = 0;
  for (;;) {
    const rows = await claimRows(ctx.store, 'inbound_messages', {
      worker: ctx.worker,
      now,
      leaseMs: LEASE_MS,
      limit: BATCH,
      ready: (eb) => eb.and([eb('state', '=', 'received')]),
    });
    for (const row of rows) if (await processClaimed(ctx, row, now)) filed++;
    if (rows.length < BATCH) return filed;
  }
}

/** Processes one message this worker holds (claimed, or stored with a claim); null when it could not. */
export async function processClaimed(
  ctx: IntakeContext,
  row: InboundMessage,
  now: number,
): Promise<Filed | null> {
  try {
    const filed = await fileMessage(ctx, row, now);
    if (filed) ctx.onFiled?.(filed);
    return filed;
  } catch (error) {
    await recordFailure(ctx, row, error, now);
    return null;
  }
}

/** Processes the message stored as `id`, which this worker claimed when storing it. */
export async function processStored(ctx: IntakeContext, id: number, now: number): Promise<Filed | null> {
  const row = await ctx.store.db
    .selectFrom('inbound_messages')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? processClaimed(ctx, row, now) : null;
}

/** Everything read from a message before the transaction: no database writes. */
interface Reading {
  readonly message: ReportMessage;
  readonly triage: Triage;
  /** The case the subject names, for a reply. */
  readonly thread: Case | undefined;
  readonly certificates: readonly FoundCertificate[];
  readonly proofs: readonly FoundProof[];
  /** The one address an acknowledgement may go to. */
  readonly reporter: string | null;
  readonly notes: readonly string[];
}

async function fileMessage(ctx: IntakeContext, row: InboundMessage, now: number): Promise<Filed | null> {
  const reading = await read(ctx, row);
  return ctx.store.db.transaction().execute((trx) => file(trx, ctx, row, reading, now));
}

async function read(ctx: IntakeContext, row: InboundMessage): Promise<Reading> {
  const message =
    row.channel === 'form' ? readFormSubmission(row.raw) : await readMail(row.raw, row.envelope_from);
  const extracted = extractCertificateReferences(message.text, message.attachments);
  const thread = row.channel === 'form' ? undefined : await caseNamedBy(ctx.store.db, message.subject);
  const certificates: FoundCertificate[] = [];
  for (const reference of extracted.references)
    if (reference.kind !== 'csr')
      certificates.push({
        reference,
        decoded:
          reference.kind === 'pem' || reference.kind === 'der' ? decodeCertificate(reference.der) : null,
      });
  const known = [
    ...certificates.flatMap((c) => (c.decoded?.certificate ? [c.decoded.certificate] : [])),
    ...(thread ? await caseCertificates(ctx, thread.id) : []),
  ];
  return {
    message,
    triage: triageOf(message, extracted.references),
    thread,
    certificates,
    proofs: proofsOf(message, extracted.references, known),
    reporter: safeAddress(message.from.address),
    notes: [
      ...message.problems,
      ...extracted.problems.map((p) => `${p.source}, line ${p.line}: ${p.reason}`),
      ...(extracted.truncated
        ? ['the message names more certificates than are read at once; a person will read the rest']
        : []),
    ],
  };
}

type Trx = Transaction<Database>;

async function file(
  trx: Trx,
  ctx: IntakeContext,
  row: InboundMessage,
  reading: Reading,
  now: number,
): Promise<Filed | null> {
  if (!(await take(trx, ctx.worker, row, reading.message))) return null;
  const { message, triage, thread, certificates, proofs, reporter } = reading;
  const actor: Actor = {
    type: 'reporter',
    id: null,
    label: reporter ?? message.from.address ?? 'unknown sender',
  };
  const details = {
    inbound: row.id,
    channel: row.channel,
    verdict: triage.verdict,
    score: triage.classification.score,
  };
  let kase: Case;
  if (thread) {
    kase = await reopenIfDismissedByClassifier(trx, thread, triage);
    await audit(trx, { actor, action: 'case.message_added', at: now, subject: caseRef(kase), details });
    if (kase.triage !== thread.triage)
      await audit(trx, { actor: SYSTEM, action: 'case.reopened', at: now, subject: caseRef(kase), details });
  } else {
    const reporterEmail = reporter ?? message.from.address;
    kase = await createCase(trx, {
      receivedAt: row.received_at,
      channel: row.channel,
      reporterEmail,
      message,
      triage,
    });
    await audit(trx, { actor, action: 'case.opened', at: now, subject: caseRef(kase), details });
    if (kase.triage === 'dismissed')
      await audit(trx, {
        actor: SYSTEM,
        action: 'case.dismissed_by_classifier',
        at: now,
        subject: caseRef(kase),
        details: { note: kase.triage_note },
      });
  }
  await trx.updateTable('inbound_messages').set({ case_id: kase.id }).where('id', '=', row.id).execute();
  const added = await addCertificates(trx, kase.id, certificates, now);
  await addEvidence(trx, kase.id, proofs, now);
  if (added > 0 || proofs.length > 0)
    await audit(trx, {
      actor: SYSTEM,
      action: 'case.evidence_added',
      at: now,
      subject: caseRef(kase),
      details: {
        certificates: added,
        proofs: proofs.map((p) => ({ method: p.result.method, verified: p.result.verified })),
      },
    });
  const understood = understoodOf(kase, reading);
  await acknowledge(
    trx,
    {
      config: ctx.config,
      inbound: row,
      message,
      reporter,
      reply: thread !== undefined,
      kase,
      classification: triage.classification,
      understood,
    },
    now,
  );
  return { caseId: kase.id, created: thread === undefined, publicToken: kase.public_token, understood };
}

/** Moves the message from received to processed while our claim holds; false when another worker has it. */
async function take(trx: Trx, worker: string, row: InboundMessage, message: ReportMessage): Promise<boolean> {
  const taken = await trx
    .updateTable('inbound_messages')
    .set({
      state: 'processed',
      claimed_by: null,
      claim_expires_at: null,
      error: null,
      from_address: message.from.address === null ? null : storable(message.from.address),
      subject: storable(message.subject),
      text: storable(message.text),
    })
    .where('id', '=', row.id)
    .where('state', '=', 'received')
    .where('claimed_by', '=', worker)
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) > 0;
}

const caseRef = (kase: Case) => ({ type: 'case', id: kase.id });

/** What this message told us: the acknowledgement speaks of this message, not of the whole case. */
function understoodOf(kase: Case, { certificates, proofs, notes }: Reading): Understood {
  return {
    problemType: kase.problem_type,
    certificates: certificates.map(({ reference: r, decoded: d }) => ({
      kind: r.kind,
      value: r.value,
      sha256: d?.sha256 ?? null,
      serial: d?.serial ?? (r.kind === 'serial_issuer' ? r.value : null),
      subject: d?.subject ?? null,
      issuer: d?.issuer ?? (r.kind === 'serial_issuer' ? (r.issuer ?? null) : null),
      errorLints: d ? errorLints(d.findings) : null,
    })),
    proofs: proofs.map((p) => ({
      method: p.result.method,
      verified: p.result.verified,
      reason: p.result.reason,
    })),
    notes,
  };
}

/** The classifier's verdict, except that the form's chosen problem type wins, and a form is never dismissed. */
function triageOf(message: ReportMessage, references: readonly Reference[]): Triage {
  const classification = classifyMessage({
    subject: message.subject,
    body: message.text,
    references,
    attachmentNames: message.attachments.flatMap((a) => (a.filename ? [a.filename] : [])),
    autoSubmitted: message.autoSubmitted,
  });
  if (!message.form)
    return { verdict: classification.verdict, problemType: classification.problemType, classification };
  // Someone who fills in the problem-report form says it is one.
  return {
    verdict: classification.verdict === 'not_cpr' ? 'possible' : classification.verdict,
    problemType: message.form.problemType,
    classification: { ...classification, chosenProblemType: message.form.problemType },
  };
}

function proofsOf(
  message: ReportMessage,
  references: readonly Reference[],
  certificates: readonly Certificate[],
): FoundProof[] {
  const proofs: FoundProof[] = references.flatMap((r) =>
    r.kind === 'csr'
      ? [{ result: verifyKeyCompromiseProof(certificates, { method: 'csr', csr: r.der }), raw: r.der }]
      : [],
  );
  const statement = message.form?.statement;
  if (statement)
    proofs.push({
      result: verifyKeyCompromiseProof(certificates, {
        method: 'statement',
        statement: statement.text,
        signature: statement.signature,
      }),
      raw: new Uint8Array(Buffer.from(JSON.stringify(statement))),
    });
  return proofs;
}

/** The certificates a case already holds, for checking a proof sent in a reply. */
async function caseCertificates(ctx: IntakeContext, caseId: number): Promise<Certificate[]> {
  const rows = await ctx.store.db
    .selectFrom('case_certificates')
    .select('der')
    .where('case_id', '=', caseId)
    .where('der', 'is not', null)
    .execute();
  return rows.flatMap((r) => {
    const parsed = r.der ? parseCertificate(r.der) : undefined;
    return parsed?.ok ? [parsed.value] : [];
  });
}

/**
 * A failure is a bug or a database outage, never bad input: the error is kept
 * on the row and the message is tried again after a pause (the claim's expiry
 * doubles as "not before"), until MAX_ATTEMPTS leaves it `failed` for a person.
 */
async function recordFailure(
  ctx: IntakeContext,
  row: InboundMessage,
  error: unknown,
  now: number,
): Promise<void> {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  await ctx.store.db
    .updateTable('inbound_messages')
    .set({
      state: row.attempts >= MAX_ATTEMPTS ? 'failed' : 'received',
      error: storable(message.slice(0, 4000)),
      claimed_by: null,
      claim_expires_at: now + 30_000 * Math.max(1, row.attempts),
    })
    .where('id', '=', row.id)
    .where('claimed_by', '=', ctx.worker)
    .execute();
}
