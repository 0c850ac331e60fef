/**
 * The durable write every report passes through first: a message is a row
 * before anyone is told it arrived (SMTP 250, IMAP \Seen, the form's
 * confirmation), so whatever crashes afterwards, the report is not lost.
 */
import { sql } from 'kysely';
import type { Store } from '../store/database.js';
import type { IntakeChannel } from '../store/schema.js';
import { oneLine } from './headers.js';

export interface InboundInput {
  readonly channel: IntakeChannel;
  /** RFC 5322 octets for mail; the form submission as JSON for the form. */
  readonly raw: Uint8Array;
  readonly envelopeFrom: string | null;
  readonly envelopeTo: string | null;
  readonly remoteAddress: string | null;
}

/** Processing taken at once by the caller (the form shows the case number), leased like a claim. */
export interface ClaimAtStore {
  readonly worker: string;
  readonly leaseMs: number;
}

/** Where the header section ends is searched for this far; a Message-ID lives near the top. */
const HEADER_SCAN = 64 * 1024;

export async function storeInbound(
  store: Store,
  input: InboundInput,
  now: number,
  claim?: ClaimAtStore,
): Promise<number> {
  const row = await store.db
    .insertInto('inbound_messages')
    .values(rowOf(input, now, claim))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Stores a message read from the mailbox unless the same one (Message-ID and
 * size) was stored before, as after a crash between storing and flagging it
 * \Seen, or by another instance polling the same mailbox; null then.
 */
export async function storeMailboxMessage(
  store: Store,
  input: Omit<InboundInput, 'channel'>,
  now: number,
): Promise<number | null> {
  const row = await store.db
    .insertInto('inbound_messages')
    .values(rowOf({ ...input, channel: 'imap' }, now))
    .onConflict((oc) =>
      // A literal, not a parameter: SQLite matches the partial index by its expression.
      oc
        .columns(['message_id', 'size'])
        .where(sql<boolean>`${sql.ref('channel')} = ${sql.lit('imap')}`)
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

function rowOf(input: InboundInput, now: number, claim?: ClaimAtStore) {
  return {
    received_at: now,
    channel: input.channel,
    envelope_from: input.envelopeFrom,
    envelope_to: input.envelopeTo,
    remote_address: input.remoteAddress,
    raw: Buffer.from(input.raw.buffer, input.raw.byteOffset, input.raw.byteLength),
    size: input.raw.byteLength,
    state: 'received' as const,
    attempts: 0,
    claimed_by: claim?.worker ?? null,
    claim_expires_at: claim ? now + claim.leaseMs : null,
    message_id: input.channel === 'form' ? null : messageIdOf(input.raw),
  };
}

/** The Message-ID header of raw mail, unfolded and bounded, or null. */
export function messageIdOf(raw: Uint8Array): string | null {
  const head = Buffer.from(raw.subarray(0, HEADER_SCAN)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const headers = (end < 0 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const m = /^message-id:[ \t]*(.*)$/im.exec(headers);
  const id = m ? oneLine(m[1] as string, 998).trim() : '';
  return id === '' ? null : id;
}
