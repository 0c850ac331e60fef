/**
 * Action items, numbered within their incident as the report's table shows them. A change of due
 * date or status stamps changed_at, because the IRG wants the bug updated within 3 days of an action
 * item changing, completing or slipping; completing stamps completed_at, when its clock is met.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../store/audit.js';
import type { ActionItemKind, ActionItemStatus } from '../store/incidentSchema.js';
import type { Database } from '../store/schema.js';
import { IncidentError, onIncident } from './register.js';

export const ACTION_ITEM_KINDS: readonly ActionItemKind[] = ['Prevent', 'Mitigate', 'Detect'];
export const ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = [
  'Ongoing',
  'Complete',
  'Delayed',
  'Canceled',
];

export interface ActionItemInput {
  readonly description: string;
  readonly kind: ActionItemKind;
  /** Root cause numbers, e.g. "1, 3". */
  readonly rootCauses: string;
  readonly evaluationCriteria: string;
  readonly dueAt: number | null;
  readonly status: ActionItemStatus;
}

function checked(input: ActionItemInput): ActionItemInput {
  const description = input.description.trim();
  if (description.length === 0 || description.length > 5000)
    throw new IncidentError('invalid', 'an action item needs a description of up to 5000 characters');
  if (!ACTION_ITEM_KINDS.includes(input.kind))
    throw new IncidentError('invalid', 'kind: Prevent, Mitigate or Detect');
  if (!ACTION_ITEM_STATUSES.includes(input.status))
    throw new IncidentError('invalid', 'status: Ongoing, Complete, Delayed or Canceled');
  const rootCauses = input.rootCauses
    .split(/[\s,]+/)
    .filter((n) => n !== '')
    .join(', ');
  if (!/^(\d+(, \d+)*)?$/.test(rootCauses))
    throw new IncidentError('invalid', 'root causes are numbers, e.g. "1, 3"');
  if (input.dueAt !== null && !Number.isSafeInteger(input.dueAt))
    throw new IncidentError('invalid', 'the due date is not a date');
  return { ...input, description, rootCauses, evaluationCriteria: input.evaluationCriteria.trim() };
}

/** The item's own columns, as a person enters them; the times are the register's. */
const columnsOf = (item: ActionItemInput) => ({
  description: item.description,
  kind: item.kind,
  root_causes: item.rootCauses,
  evaluation_criteria: item.evaluationCriteria,
  due_at: item.dueAt,
  status: item.status,
});

/** Adds the next-numbered item; returns its number. */
export async function addActionItem(
  db: Kysely<Database>,
  incidentId: number,
  input: ActionItemInput,
  actor: Actor,
  now: number,
): Promise<number> {
  const item = checked(input);
  return onIncident(db, incidentId, actor, now, async (trx, _incident, record) => {
    const last = await trx
      .selectFrom('action_items')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('incident_id', '=', incidentId)
      .executeTakeFirst();
    const number = Number(last?.n ?? 0) + 1;
    await trx
      .insertInto('action_items')
      .values({
        incident_id: incidentId,
        number,
        ...columnsOf(item),
        created_at: now,
        changed_at: now,
        completed_at: item.status === 'Complete' ? now : null,
      })
      .execute();
    await record('action_item.add', { number, ...item });
    return number;
  });
}

export async function updateActionItem(
  db: Kysely<Database>,
  incidentId: number,
  number: number,
  input: ActionItemInput,
  actor: Actor,
  now: number,
): Promise<void> {
  const item = checked(input);
  return onIncident(db, incidentId, actor, now, async (trx, _incident, record) => {
    const before = await trx
      .selectFrom('action_items')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .where('number', '=', number)
      .executeTakeFirst();
    if (!before) throw new IncidentError('not_found', `incident ${incidentId} has no action item ${number}`);
    const dueChanged = before.due_at !== item.dueAt;
    const statusChanged = before.status !== item.status;
    await trx
      .updateTable('action_items')
      .set({
        ...columnsOf(item),
        changed_at: dueChanged || statusChanged ? now : before.changed_at,
        completed_at: item.status === 'Complete' ? (before.completed_at ?? now) : null,
      })
      .where('id', '=', before.id)
      .execute();
    await record('action_item.update', {
      number,
      ...(dueChanged ? { dueAt: { from: before.due_at, to: item.dueAt } } : {}),
      ...(statusChanged ? { status: { from: before.status, to: item.status } } : {}),
    });
  });
}
