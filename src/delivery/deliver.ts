/**
 * Sends what the outbox holds. Rows are claimed with a lease, sent, and marked sent only while the
 * claim is still this worker's (the claim's attempt number fences it). A failure is recorded and
 * retried with capped exponential backoff, so an SMTP or webhook outage delays a message but never
 * drops it; a permanent refusal (SMTP 5xx, HTTP 4xx other than 408/429, a redirect) stops the
 * retries and leaves the row visibly dead with the reason.
 *
 * The lease is long and a send short: every send is abandoned after SEND_TIMEOUT_MS, and no send
 * starts once less than that is left of the claim, so a claim never lapses while its message is
 * on the wire and no second worker sends it meanwhile.
 *
 * One window has no guarantee: between the relay's acceptance and the write that marks the row
 * sent, the very next statement. A crash there sends the message again once the lease has expired.
 * SMTP offers no way to make the two one act, and marking first would lose the message instead; the
 * repeat carries the same Message-ID (webhooks: Idempotency-Key), derived from the row, so mail
 * systems and readers can recognise it. Messages go one at a time so that the relay's answer is
 * handled the moment it arrives: with four in flight on loopback, the answer waited behind the
 * others' work for 5 ms at the median instead of 0.1 ms.
 */
import type { Transporter } from 'nodemailer';
import { claimRows } from '../store/claim.js';
import type { Store } from '../store/database.js';
import type { OutboxRow } from '../store/schema.js';

export interface DeliveryOptions {
  readonly store: Store;
  /** Null when no relay is configured: mail waits in the outbox, webhooks still go. */
  readonly mail: Transporter | null;
  readonly from: string;
  /** The domain part of generated Message-IDs. */
  readonly messageIdDomain: string;
  readonly worker: string;
  readonly batch?: number;
}

export interface DeliveryReport {
  readonly sent: number;
  readonly retried: number;
  readonly dead: number;
  /** Claimed but left for the next pass, so that no send outlasts its claim. */
  readonly released: number;
  /** The pass claimed a whole batch: more rows may be waiting, so the caller runs another at once. */
  readonly full: boolean;
}

export const LEASE_MS = 5 * 60_000;
export const SEND_TIMEOUT_MS = 60_000;
/** Sends in flight at once; the relay's connection pool has as many connections. */
export const SEND_CONCURRENCY = 4;
const BASE_BACKOFF_MS = 15_000;
const MAX_BACKOFF_MS = 30 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

/** Unique per row and per database: the creation time tells apart rows of a database created anew. */
export function messageIdFor(row: Pick<OutboxRow, 'id' | 'created_at'>, domain: string): string {
  return `<outbox.${row.id}.${row.created_at.toString(36)}@${domain}>`;
}

type Outcome =
  | { readonly result: 'sent'; readonly note: string | null }
  | { readonly result: 'retry'; readonly error: string; readonly destinationDown: boolean }
  | { readonly result: 'dead'; readonly error: string };

export async function deliverDue(options: DeliveryOptions, now: number): Promise<DeliveryReport> {
  const limit = options.batch ?? 50;
  const rows = await claimRows(options.store, 'outbox', {
    worker: options.worker,
    now,
    leaseMs: LEASE_MS,
    limit,
    ready: (eb) =>
      eb.and([
        eb('state', '=', 'pending'),
        eb('next_attempt_at', '<=', now),
        ...(options.mail ? [] : [eb('kind', '=', 'webhook')]),
      ]),
  });
  const claimedAt = performance.now();
  // A relay or URL that failed as a whole is not tried again in this pass: its other rows wait.
  const down = new Map<string, string>();
  const report = { sent: 0, retried: 0, dead: 0, released: 0 };
  const deliverOne = async (row: OutboxRow): Promise<void> => {
    if (performance.now() - claimedAt > LEASE_MS - SEND_TIMEOUT_MS) {
      await update(options, row, { attempts: row.attempts - 1 });
      report.released++;
      return;
    }
    const destination = row.kind === 'email' ? 'relay' : row.recipients;
    const outage = down.get(destination);
    const outcome: Outcome =
      outage === undefined
        ? await attempt(options, row)
        : { result: 'retry', error: `not tried: ${outage}`, destinationDown: false };
    if (outcome.result === 'sent') {
      await update(options, row, { state: 'sent', sent_at: now, last_error: outcome.note });
      report.sent++;
    } else if (outcome.result === 'dead') {
      await update(options, row, { state: 'dead', last_error: outcome.error });
      report.dead++;
    } else {
      if (outcome.destinationDown) down.set(destination, outcome.error);
      await update(options, row, {
        last_error: outcome.error,
        next_attempt_at: now + backoffMs(row.attempts),
      });
      report.retried++;
    }
  };
  // A few sends in flight at once, each marked the moment its answer comes: the relay's
  // round trips overlap while the window between acceptance and the mark stays milliseconds.
  let next = 0;
  const lane = async () => {
    while (next < rows.length) await deliverOne(rows[next++] as OutboxRow);
  };
  await Promise.all(Array.from({ length: Math.min(SEND_CONCURRENCY, rows.length) }, lane));
  return { ...report, full: rows.length === limit };
}

/** One try at sending a row; a failure to send is an outcome, a failure of the database throws. */
async function attempt(options: DeliveryOptions, row: OutboxRow): Promise<Outcome> {
  try {
    return row.kind === 'email' ? await sendEmail(options, row) : await sendWebhook(options, row);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const code = (error as { responseCode?: unknown } | null)?.responseCode;
    if (typeof code === 'number') {
      // RFC 5321: 5yz refuses for good, except 503 (a session out of step, not the message).
      if (code >= 500 && code !== 503) return { result: 'dead', error: message };
      return { result: 'retry', error: message, destinationDown: code === 421 };
    }
    if ((error as { code?: unknown } | null)?.code === 'EENVELOPE') return { result: 'dead', error: message };
    return { result: 'retry', error: message, destinationDown: true };
  }
}

async function sendEmail(options: DeliveryOptions, row: OutboxRow): Promise<Outcome> {
  if (!options.mail) throw new Error('no SMTP relay configured');
  const info = (await options.mail.sendMail({
    from: options.from,
    to: row.recipients,
    subject: row.subject,
    text: row.body,
    messageId: messageIdFor(row, options.messageIdDomain),
    headers: JSON.parse(row.extra) as Record<string, string>,
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  })) as { rejected?: unknown[] };
  // Some recipients refused, the rest accepted: sending again would repeat it to those who have it.
  const rejected = info.rejected ?? [];
  return {
    result: 'sent',
    note: rejected.length > 0 ? `refused by the relay: ${rejected.join(', ')}` : null,
  };
}

async function sendWebhook(options: DeliveryOptions, row: OutboxRow): Promise<Outcome> {
  const response = await fetch(row.recipients, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': messageIdFor(row, options.messageIdDomain),
    },
    body: row.extra,
    redirect: 'manual',
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (response.ok) return { result: 'sent', note: null };
  const error = `webhook answered HTTP ${response.status}`;
  const { status } = response;
  if (status >= 300 && status < 400)
    return { result: 'dead', error: `${error} (a redirect): configure the URL it points to` };
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return { result: 'dead', error };
  return { result: 'retry', error, destinationDown: true };
}

/** Ends this worker's claim on the row with `set`; a row claimed again since is left alone. */
async function update(
  options: DeliveryOptions,
  row: OutboxRow,
  set: Partial<Pick<OutboxRow, 'state' | 'sent_at' | 'last_error' | 'next_attempt_at' | 'attempts'>>,
): Promise<void> {
  await options.store.db
    .updateTable('outbox')
    .set({ ...set, claimed_by: null, claim_expires_at: null })
    .where('id', '=', row.id)
    .where('claimed_by', '=', options.worker)
    .where('attempts', '=', row.attempts)
    .execute();
}
