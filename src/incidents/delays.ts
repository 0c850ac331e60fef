/**
 * The clocks an incident runs on (the IRG's first and full report, its bug's update and answer
 * clocks, each action item's due date, and the CPR clocks of its linked cases) and the delays among
 * them: every clock met late or overdue, with the rule it overran and by how much. The author
 * attributes each delay to a contributing factor, as Mozilla asked of Entrust ("an apportionment of
 * delays to root causes"); the attribution is a timeline entry, so the Full report shows it.
 */
import type { Kysely } from 'kysely';
import {
  actionItemDeadlines,
  bugClockFacts,
  bugDeadlines,
  clockState,
  type Deadline,
  formatDuration,
  incidentDeadlines,
} from '../rules/index.js';
import type { Actor } from '../store/audit.js';
import type { ActionItem, Bug, Incident, TimelineSource } from '../store/incidentSchema.js';
import type { Database } from '../store/schema.js';
import { formatCaseNumber } from '../rules/caseNumber.js';
import { parseStoredReport } from './model.js';
import { IncidentError, onIncident } from './register.js';
import { timelineTime } from './render.js';

export interface ClockInput {
  readonly incident: Incident;
  readonly actionItems: readonly ActionItem[];
  /** The incident's bug as last synced; null without one (or not synced yet). */
  readonly bug: Bug | null;
  /** The CPR deadlines of each linked case, as the case desk computes them. */
  readonly caseDeadlines: ReadonlyMap<number, readonly Deadline[]>;
}

export interface SubjectClock {
  /** Stable across recomputation: names the subject and the deadline. */
  readonly key: string;
  readonly subject: string;
  readonly source: TimelineSource;
  readonly deadline: Deadline;
}

export interface Delay extends SubjectClock {
  readonly state: 'met_late' | 'overdue';
  /** How far past the deadline: until it was met, or until now. */
  readonly lateBy: number;
}

/** The latest change of any action item: the IRG wants the bug updated within 3 days of it. */
const lastChange = (items: readonly ActionItem[]): number | null =>
  items.length === 0 ? null : Math.max(...items.map((a) => a.changed_at));

export function incidentClocks(input: ClockInput): SubjectClock[] {
  const { incident, actionItems, bug } = input;
  const firstReport = [incident.preliminary_posted_at, incident.full_posted_at].filter((t) => t !== null);
  const clocks: SubjectClock[] = incidentDeadlines({
    awareAt: incident.aware_at,
    firstReportAt: firstReport.length === 0 ? null : Math.min(...firstReport),
    fullReportAt: incident.full_posted_at,
  }).map((deadline) => ({
    key: `delay:incident:${deadline.key}`,
    subject: `incident ${incident.id}`,
    source: 'post',
    deadline,
  }));
  for (const item of actionItems)
    for (const deadline of actionItemDeadlines({
      number: item.number,
      dueAt: item.due_at,
      status: item.status,
      createdAt: item.created_at,
      completedAt: item.completed_at,
    }))
      clocks.push({
        key: `delay:action-item:${item.number}:${deadline.key}`,
        subject: `action item ${item.number}`,
        source: 'action_item',
        deadline,
      });
  if (bug !== null && bug.is_open === 1)
    for (const deadline of bugDeadlines(bugClockFacts(bug, lastChange(actionItems))))
      clocks.push({
        key: `delay:bug:${bug.id}:${deadline.key}:${deadline.startsAt}`,
        subject: `bug ${bug.id}`,
        source: 'bug_history',
        deadline,
      });
  for (const [caseId, deadlines] of input.caseDeadlines)
    for (const deadline of deadlines)
      clocks.push({
        key: `delay:case:${caseId}:${deadline.key}`,
        subject: formatCaseNumber(caseId),
        source: 'case',
        deadline,
      });
  return clocks;
}

export function delaysOf(input: ClockInput, now: number): Delay[] {
  const delays: Delay[] = [];
  for (const clock of incidentClocks(input)) {
    const state = clockState(clock.deadline, now);
    if (state === 'met_late' || state === 'overdue')
      delays.push({ ...clock, state, lateBy: (clock.deadline.metAt ?? now) - clock.deadline.dueAt });
  }
  return delays.sort((a, b) => a.deadline.dueAt - b.deadline.dueAt || a.key.localeCompare(b.key));
}

/** The running clock due first, for the register's list. */
export function nextClock(input: ClockInput): SubjectClock | null {
  const running = incidentClocks(input).filter((c) => c.deadline.metAt === null);
  return running.reduce<SubjectClock | null>(
    (a, c) => (a === null || c.deadline.dueAt < a.deadline.dueAt ? c : a),
    null,
  );
}

/** A delay as the timeline states it: the clock, its rule, its due time, and how late. */
export function delayText(delay: Delay, now: number): string {
  const d = delay.deadline;
  const late = formatDuration(delay.lateBy);
  const outcome =
    d.metAt === null
      ? `not met by ${timelineTime(now)}, ${late} overdue`
      : `met ${timelineTime(d.metAt)}, ${late} late`;
  return `Delay (${delay.subject}): ${d.label} under ${d.rule} was due ${timelineTime(d.dueAt)}; ${outcome}`;
}

/**
 * Attributes a delay to a contributing factor (null withdraws the attribution): the delay's
 * timeline entry, at the moment the clock ran out, created on first attribution.
 */
export async function attributeDelay(
  db: Kysely<Database>,
  incidentId: number,
  delay: Delay,
  rootCause: number | null,
  actor: Actor,
  now: number,
): Promise<void> {
  return onIncident(db, incidentId, actor, now, async (trx, incident, record) => {
    const factors = parseStoredReport(incident.report).rootCauses.length;
    if (rootCause !== null && (!Number.isSafeInteger(rootCause) || rootCause < 1 || rootCause > factors))
      throw new IncidentError('invalid', `there is no contributing factor ${rootCause}`);
    const text = delayText(delay, now);
    const existing = await trx
      .selectFrom('incident_timeline')
      .select('id')
      .where('incident_id', '=', incidentId)
      .where('source_key', '=', delay.key)
      .executeTakeFirst();
    if (existing)
      await trx
        .updateTable('incident_timeline')
        .set({ text, root_cause: rootCause, edited_by: actor.id, edited_at: now })
        .where('id', '=', existing.id)
        .execute();
    else
      await trx
        .insertInto('incident_timeline')
        .values({
          incident_id: incidentId,
          at: delay.deadline.dueAt,
          text,
          source: delay.source,
          source_key: delay.key,
          included: 1,
          root_cause: rootCause,
          edited_by: actor.id,
          edited_at: now,
        })
        .execute();
    await record('timeline.attribute_delay', { key: delay.key, rootCause, lateBy: delay.lateBy });
  });
}
