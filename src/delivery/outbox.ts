/**
 * The persistent outbox: a message to send is a row written in the same
 * transaction as the decision to send it, so a crash after the decision never
 * loses the message, and its unique key means deciding twice sends once.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface OutboundEmail {
  /** Unique for the thing being said and its reader: `ack:case:12`, `alert:<alert key>:<address>`. */
  readonly dedupeKey: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly caseId?: number | null;
  /** Extra headers, e.g. In-Reply-To and References to thread a reply. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface OutboundWebhook {
  readonly dedupeKey: string;
  readonly url: string;
  /** A one-line summary, for the staff view of the outbox. */
  readonly summary: string;
  readonly payload: unknown;
  readonly caseId?: number | null;
}

/** Queues an e-mail; returns false when the same key was queued before. */
export async function enqueueEmail(db: Db, email: OutboundEmail, now: number): Promise<boolean> {
  if (email.to.length === 0) throw new RangeError(`e-mail ${email.dedupeKey} has no recipient`);
  return insert(db, now, {
    dedupe_key: email.dedupeKey,
    kind: 'email',
    case_id: email.caseId ?? null,
    recipients: email.to.join(', '),
    subject: email.subject,
    body: email.text,
    extra: JSON.stringify(email.headers ?? {}),
  });
}

export async function enqueueWebhook(db: Db, hook: OutboundWebhook, now: number): Promise<boolean> {
  return insert(db, now, {
    dedupe_key: hook.dedupeKey,
    kind: 'webhook',
    case_id: hook.caseId ?? null,
    recipients: hook.url,
    subject: hook.summary,
    body: '',
    extra: JSON.stringify(hook.payload),
  });
}

async function insert(
  db: Db,
  now: number,
  row: Pick<
    Database['outbox'],
    'dedupe_key' | 'kind' | 'case_id' | 'recipients' | 'subject' | 'body' | 'extra'
  >,
): Promise<boolean> {
  const result = await db
    .insertInto('outbox')
    .values({ ...row, created_at: now, state: 'pending', attempts: 0, next_attempt_at: now })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
