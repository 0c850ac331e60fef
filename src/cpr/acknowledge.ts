/**
 * Whether and what to acknowledge, queued in the filing transaction. No
 * answer to machines (RFC 3834: answering an autoresponder starts a loop), to
 * our own addresses, or to a reporter acknowledged on the same case moments
 * ago (a burst of replies gets one answer, not a storm). The outbox key
 * `ack:inbound:<id>` makes filing the same message twice queue one e-mail.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config/config.js';
import { enqueueEmail } from '../delivery/outbox.js';
import { cprDeadlines, type Deadline } from '../rules/index.js';
import { audit, SYSTEM } from '../store/audit.js';
import type { Case, Database, InboundMessage } from '../store/schema.js';
import { buildAcknowledgement } from './acknowledgement.js';
import { dismissalReason } from './cases.js';
import type { Classification } from './classify.js';
import type { ReportMessage } from './message.js';
import type { Understood } from './understood.js';
import { reportQueued } from './workflow.js';

/** At most one acknowledgement per reporter and case within this time. */
export const ACK_INTERVAL_MS = 10 * 60_000;

const SYSTEM_MAILBOXES = new Set(['mailer-daemon', 'postmaster', 'noreply', 'no-reply', 'donotreply']);

export interface Acknowledging {
  readonly config: Config;
  readonly inbound: InboundMessage;
  readonly message: ReportMessage;
  /** The sender as one safe mailbox address, or null. */
  readonly reporter: string | null;
  /** The message joined an existing case. */
  readonly reply: boolean;
  /** The case as filed. */
  readonly kase: Case;
  readonly classification: Classification;
  readonly understood: Understood;
}

export async function acknowledge(trx: Transaction<Database>, a: Acknowledging, now: number): Promise<void> {
  const { config, inbound, message, reporter, kase } = a;
  const subject = { type: 'case', id: kase.id };
  const silent =
    noAcknowledgementReason(message, reporter, ownAddresses(config.mailFrom, inbound.envelope_to)) ??
    (reporter !== null && (await acknowledgedRecently(trx, kase.id, reporter, now))
      ? 'acknowledged on this case a short while ago'
      : null);
  const ack =
    silent !== null || reporter === null
      ? null
      : buildAcknowledgement({
          caseId: kase.id,
          caName: config.caName,
          to: reporter,
          reporterName: message.from.name,
          receivedAt: inbound.received_at,
          preliminaryReport: await reportDeadline(trx, kase),
          reply: a.reply,
          dismissedBecause:
            kase.triage === 'dismissed' && kase.verdict === 'not_cpr'
              ? dismissalReason(a.classification)
              : null,
          understood: a.understood,
          messageId: message.messageId,
          references: message.references,
          // Only the reporter gets the link to the case's page; anyone may reply to a case number.
          statusUrl:
            kase.public_token && reporter.toLowerCase() === kase.reporter_email?.toLowerCase()
              ? `${config.baseUrl}/report/${kase.public_token}`
              : null,
        });
  if (ack === null) {
    const reason = silent ?? 'no usable reply address';
    await audit(trx, {
      actor: SYSTEM,
      action: 'case.acknowledgement_skipped',
      at: now,
      subject,
      details: { inbound: inbound.id, reason },
    });
    return;
  }
  await enqueueEmail(
    trx,
    { ...ack, to: [ack.to], dedupeKey: `ack:inbound:${inbound.id}`, caseId: kase.id },
    now,
  );
  await audit(trx, {
    actor: SYSTEM,
    action: 'case.acknowledgement_queued',
    at: now,
    subject,
    details: { inbound: inbound.id, to: ack.to },
  });
}

/** The sender address of our own mail and the addresses the message was delivered to. */
function ownAddresses(mailFrom: string, envelopeTo: string | null): Set<string> {
  const from = /<([^<>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  const to = (envelopeTo ?? '').split(',');
  return new Set([from, ...to].map((a) => a.trim().toLowerCase()).filter((a) => a !== ''));
}

/** Why this message gets no acknowledgement, or null when it gets one. */
function noAcknowledgementReason(
  message: ReportMessage,
  to: string | null,
  own: ReadonlySet<string>,
): string | null {
  if (message.automatic !== null) return `sent automatically (${message.automatic})`;
  if (to === null) return 'no usable reply address';
  if (own.has(to.toLowerCase())) return 'sent from one of our own addresses';
  const local = to.slice(0, to.lastIndexOf('@')).toLowerCase();
  if (SYSTEM_MAILBOXES.has(local)) return 'sent from a system mailbox';
  return null;
}

async function acknowledgedRecently(
  db: Kysely<Database> | Transaction<Database>,
  caseId: number,
  to: string,
  now: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('outbox')
    .select('id')
    .where('case_id', '=', caseId)
    .where('recipients', '=', to)
    .where('dedupe_key', 'like', 'ack:%')
    .where('created_at', '>', now - ACK_INTERVAL_MS)
    .executeTakeFirst();
  return row !== undefined;
}

/** The BR 4.9.5 deadline to tell the reporter about: none once the report went out, or when no clock runs. */
async function reportDeadline(trx: Transaction<Database>, kase: Case): Promise<Deadline | null> {
  if (kase.status !== 'open' || kase.triage === 'dismissed' || (await reportQueued(trx, kase.id)))
    return null;
  const facts = {
    receivedAt: kase.received_at,
    preliminaryReportSentAt: null,
    revocation: null,
    revocationPublishedAt: null,
  };
  return cprDeadlines(facts).find((d) => d.key === 'cpr.preliminary-report') ?? null;
}
