/**
 * Sends what the outbox holds. Each row is claimed with a lease, sent, then
 * marked sent only while the claim is still ours; a failure is recorded and
 * retried with capped exponential backoff, so an SMTP or webhook outage
 * delays a message but never drops it. A permanent refusal (SMTP 5xx, HTTP
 * 4xx other than 408/429) stops the retries and leaves the row visibly dead.
 *
 * The one window without a guarantee is between the relay's acceptance and
 * the commit that marks the row sent: a crash there sends the row again after
 * its lease expires. The Message-ID (and the webhook's Idempotency-Key) is
 * derived from the row, so such a repeat is recognisable as the same message.
 */
import type { Transporter } from 'nodemailer';
import { claimRows } from '../store/claim.js';
import type { Store } from '../store/database.js';
import type { OutboxRow } from '../store/schema.js';

export interface DeliveryOptions {
  readonly store: Store;
  /** Null when no relay is configured: mail waits in the outbox. */
  readonly mail: Transporter | null;
  readonly from: string;
  /** The domain part of generated Message-IDs. */
  readonly messageIdDomain: string;
  readonly worker: string;
  readonly leaseMs?: number;
  readonly batch?: number;
}

export interface DeliveryReport {
  readonly sent: number;
  readonly retried: number;
  readonly dead: number;
}

const BASE_BACKOFF_MS = 15_000;
const MAX_BACKOFF_MS = 30 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

export function messageIdFor(row: Pick<OutboxRow, 'id'>, domain: string): string {
  return `<vigil.outbox.${row.id}@${domain}>`;
}

class PermanentFailure extends Error {}

export async function deliverDue(options: DeliveryOptions, now: number): Promise<DeliveryReport> {
  const { store, worker } = options;
  const rows = await claimRows(store, 'outbox', {
    worker,
    now,
    leaseMs: options.leaseMs ?? 60_000,
    limit: options.batch ?? 50,
    ready: (eb) =>
      eb.and([
        eb('state', '=', 'pending'),
        eb('next_attempt_at', '<=', now),
        ...(options.mail ? [] : [eb('kind', '=', 'webhook')]),
      ]),
  });
  const report = { sent: 0, retried: 0, dead: 0 };
  for (const row of rows) {
    try {
      await send(options, row);
      await finish(options, row, { state: 'sent', sent_at: now, last_error: null });
      report.sent++;
    } catch (error) {
      const permanent = error instanceof PermanentFailure || isPermanentSmtp(error);
      const message = error instanceof Error ? error.message : String(error);
      await finish(options, row, {
        state: permanent ? 'dead' : 'pending',
        last_error: message.slice(0, 2000),
        next_attempt_at: now + backoffMs(row.attempts),
      });
      if (permanent) report.dead++;
      else report.retried++;
    }
  }
  return report;
}

async function send(options: DeliveryOptions, row: OutboxRow): Promise<void> {
  const id = messageIdFor(row, options.messageIdDomain);
  if (row.kind === 'email') {
    if (!options.mail) throw new Error('no SMTP relay configured');
    await options.mail.sendMail({
      from: options.from,
      to: row.recipients,
      subject: row.subject,
      text: row.body,
      messageId: id,
      headers: JSON.parse(row.extra) as Record<string, string>,
    });
    return;
  }
  const response = await fetch(row.recipients, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': id },
    body: row.extra,
    signal: AbortSignal.timeout(10_000),
  });
  if (response.ok) return;
  const reason = `webhook answered HTTP ${response.status}`;
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429)
    throw new PermanentFailure(reason);
  throw new Error(reason);
}

function isPermanentSmtp(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

async function finish(
  options: DeliveryOptions,
  row: OutboxRow,
  set: { state: OutboxRow['state']; last_error: string | null; sent_at?: number; next_attempt_at?: number },
): Promise<void> {
  await options.store.db
    .updateTable('outbox')
    .set({ ...set, claimed_by: null, claim_expires_at: null })
    .where('id', '=', row.id)
    .where('claimed_by', '=', options.worker)
    .execute();
}
