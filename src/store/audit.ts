/**
 * The append-only audit log: who did what, when, to which record, from which
 * request. Nothing updates or deletes a row here; incident timelines read it.
 */
import type { Kysely, Transaction } from 'kysely';
import type { ActorType, Database } from './schema.js';

export interface Actor {
  readonly type: ActorType;
  readonly id: number | null;
  /** A readable name: the user's e-mail, 'sweeper', the reporter's address. */
  readonly label: string;
}

export const SYSTEM: Actor = { type: 'system', id: null, label: 'vigil' };

export interface AuditEvent {
  readonly actor: Actor;
  readonly action: string;
  readonly at: number;
  readonly subject?: { readonly type: string; readonly id: number };
  readonly details?: unknown;
  readonly request?: { readonly id: string; readonly ip: string | null };
}

export async function audit(db: Kysely<Database> | Transaction<Database>, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: event.at,
      actor_type: event.actor.type,
      actor_id: event.actor.id,
      actor_label: event.actor.label,
      action: event.action,
      subject_type: event.subject?.type ?? null,
      subject_id: event.subject?.id ?? null,
      details: event.details === undefined ? null : JSON.stringify(event.details),
      request_id: event.request?.id ?? null,
      ip: event.request?.ip ?? null,
    })
    .execute();
}
