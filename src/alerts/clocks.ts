/**
 * Every clock Vigil keeps, from persisted rows and `now` only: the CPR clocks of open cases, the
 * IRG clocks of open incidents and their action items, and the update and answer clocks of the
 * CA's own open bugs. The board, the weekly report and the alert sweeper all read this one list,
 * so what a person sees and what alerts agree.
 */
import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import { formatCaseNumber } from '../rules/caseNumber.js';
import {
  bugClockFacts,
  type Deadline,
  actionItemDeadlines,
  bugDeadlines,
  clockState,
  cprDeadlines,
  incidentDeadlines,
} from '../rules/index.js';
import type { Database } from '../store/schema.js';
import { caseRecordsOf, cprFactsOf, NO_RECORDS } from './facts.js';

export type SubjectType = 'case' | 'incident' | 'bug' | 'action_item';

/** Something clocks run for, and who answers for it. */
export interface ClockSubject {
  readonly type: SubjectType;
  /** The row's id: a case, an incident, a Bugzilla bug number, an action item row. */
  readonly id: number;
  /** 'case CPR-000012', 'bug 1885754', 'incident 3', 'action item 2 of incident 3'. */
  readonly subject: string;
  /** How messages name it: the case number alone for a case, the subject otherwise. */
  readonly name: string;
  /** The staff page's path. */
  readonly url: string;
  readonly ownerId: number | null;
  readonly coOwnerId: number | null;
  /** On demand, so a subject whose facts the rules reject fails alone. */
  readonly deadlines: () => Deadline[];
}

export interface OpenClock {
  subject: string;
  subjectType: SubjectType;
  subjectId: number;
  url: string;
  kind: string;
  label: string;
  rule: string;
  citation: string;
  obligation: 'MUST' | 'SHOULD';
  startsAt: number;
  dueAt: number;
  state: 'ok' | 'due-soon' | 'overdue';
  ownerId: number | null;
  coOwnerId: number | null;
  /** The fact the clock counts from. */
  fact: string;
}

export interface SubjectOptions {
  /** Also the cases and incidents closed at or after this time (the weekly report's look back). */
  readonly closedSince?: number;
}

/** The subjects with running clocks: open cases not dismissed, open incidents, their action items, our open bugs. */
export async function clockSubjects(
  db: Kysely<Database>,
  config: Pick<Config, 'ca'>,
  options: SubjectOptions = {},
): Promise<ClockSubject[]> {
  const since = options.closedSince ?? Number.MAX_SAFE_INTEGER;
  return [
    ...(await caseSubjects(db, since)),
    ...(await incidentSubjects(db, since)),
    ...(await bugSubjects(db, config)),
  ];
}

/** Every open clock, most urgent first. */
export async function openClocks(
  db: Kysely<Database>,
  config: Pick<Config, 'ca'>,
  now: number,
): Promise<OpenClock[]> {
  const subjects = await clockSubjects(db, config);
  return subjects.flatMap((s) => openClocksOf(s, now)).sort(byUrgency);
}

/** A subject's deadlines still running at `now`, as board rows. */
export function openClocksOf(s: ClockSubject, now: number): OpenClock[] {
  return s
    .deadlines()
    .filter((d) => d.metAt === null)
    .map((d) => {
      const state = clockState(d, now);
      return {
        subject: s.subject,
        subjectType: s.type,
        subjectId: s.id,
        url: s.url,
        kind: d.key,
        label: d.label,
        rule: d.rule,
        citation: d.citation,
        obligation: d.obligation,
        startsAt: d.startsAt,
        dueAt: d.dueAt,
        state: state === 'due_soon' ? 'due-soon' : state === 'overdue' ? 'overdue' : 'ok',
        ownerId: s.ownerId,
        coOwnerId: s.coOwnerId,
        fact: d.fact,
      };
    });
}

/**
 * Overdue first, longest overdue first, then by due time: both are the earliest due time first,
 * since an overdue clock's due time is before every running one's.
 */
export function byUrgency(a: OpenClock, b: OpenClock): number {
  return (
    a.dueAt - b.dueAt || compare(a.subject, b.subject) || compare(a.kind, b.kind) || a.subjectId - b.subjectId
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An open clock as a Deadline, for the views that render deadlines. */
export const asDeadline = (c: OpenClock): Deadline => ({
  key: c.kind,
  label: c.label,
  startsAt: c.startsAt,
  dueAt: c.dueAt,
  obligation: c.obligation,
  rule: c.rule,
  citation: c.citation,
  fact: c.fact,
  metAt: null,
});

/** The person owns or co-owns the clock's subject; 'none' asks for the clocks nobody owns. */
export function ownedBy(c: Pick<OpenClock, 'ownerId' | 'coOwnerId'>, who: number | 'none'): boolean {
  return who === 'none' ? c.ownerId === null : c.ownerId === who || c.coOwnerId === who;
}

/** The board's JSON row: the fields `vigil board` and GET /api/board promise first, then the rest. */
export function openClockJson(c: OpenClock, emailOf: (id: number | null) => string | null) {
  return {
    subject: c.subject,
    kind: c.kind,
    rule: c.rule,
    citation: c.citation,
    dueAt: new Date(c.dueAt).toISOString(),
    state: c.state,
    label: c.label,
    obligation: c.obligation,
    startsAt: new Date(c.startsAt).toISOString(),
    fact: c.fact,
    subjectType: c.subjectType,
    subjectId: c.subjectId,
    url: c.url,
    owner: emailOf(c.ownerId),
    coOwner: emailOf(c.coOwnerId),
  };
}

async function caseSubjects(db: Kysely<Database>, closedSince: number): Promise<ClockSubject[]> {
  const cases = await db
    .selectFrom('cases')
    .select([
      'id',
      'owner_id',
      'co_owner_id',
      'received_at',
      'revocation_reason',
      'revocation_decided_at',
      'revocation_subordinate_ca',
      'revocation_published_at',
    ])
    .where('triage', '!=', 'dismissed')
    .where((eb) => eb.or([eb('status', '=', 'open'), eb('closed_at', '>=', closedSince)]))
    .orderBy('id')
    .execute();
  const records = await caseRecordsOf(
    db,
    cases.map((c) => c.id),
  );
  return cases.map((c) => {
    const number = formatCaseNumber(c.id);
    return {
      type: 'case',
      id: c.id,
      subject: `case ${number}`,
      name: number,
      url: `/cases/${c.id}`,
      ownerId: c.owner_id,
      coOwnerId: c.co_owner_id,
      deadlines: () => cprDeadlines(cprFactsOf(c, records.get(c.id) ?? NO_RECORDS)),
    };
  });
}

async function incidentSubjects(db: Kysely<Database>, closedSince: number): Promise<ClockSubject[]> {
  const incidents = await db
    .selectFrom('incidents')
    .select(['id', 'owner_id', 'co_owner_id', 'aware_at', 'preliminary_posted_at', 'full_posted_at'])
    .where((eb) => eb.or([eb('status', '=', 'open'), eb('closed_at', '>=', closedSince)]))
    .orderBy('id')
    .execute();
  if (incidents.length === 0) return [];
  const items = await db
    .selectFrom('action_items')
    .select(['id', 'incident_id', 'number', 'due_at', 'status', 'created_at', 'completed_at'])
    .where(
      'incident_id',
      'in',
      incidents.map((i) => i.id),
    )
    .orderBy('incident_id')
    .orderBy('number')
    .execute();
  const subjects: ClockSubject[] = [];
  for (const i of incidents) {
    const people = { ownerId: i.owner_id, coOwnerId: i.co_owner_id };
    const url = `/incidents/${i.id}`;
    subjects.push({
      type: 'incident',
      id: i.id,
      subject: `incident ${i.id}`,
      name: `incident ${i.id}`,
      url,
      ...people,
      deadlines: () =>
        incidentDeadlines({
          awareAt: i.aware_at,
          firstReportAt: i.preliminary_posted_at,
          fullReportAt: i.full_posted_at,
        }),
    });
    for (const item of items.filter((a) => a.incident_id === i.id)) {
      const subject = `action item ${item.number} of incident ${i.id}`;
      subjects.push({
        type: 'action_item',
        id: item.id,
        subject,
        name: subject,
        url,
        ...people,
        deadlines: () =>
          actionItemDeadlines({
            number: item.number,
            dueAt: item.due_at,
            status: item.status,
            createdAt: item.created_at,
            completedAt: item.completed_at,
          }),
      });
    }
  }
  return subjects;
}

/**
 * The CA's own open bugs. The `ours` flag was set by a sync against the configured CA owner; with
 * no owner configured now, no bug is ours.
 */
async function bugSubjects(db: Kysely<Database>, config: Pick<Config, 'ca'>): Promise<ClockSubject[]> {
  if (config.ca.owner === null) return [];
  const bugs = await db
    .selectFrom('bugs')
    .selectAll()
    .where('ours', '=', 1)
    .where('is_open', '=', 1)
    .orderBy('id')
    .execute();
  const links = await bugIncidents(
    db,
    bugs.map((b) => b.id),
  );
  return bugs.map((bug) => {
    const link = links.get(bug.id);
    return {
      type: 'bug',
      id: bug.id,
      subject: `bug ${bug.id}`,
      name: `bug ${bug.id}`,
      url: `/bugs/${bug.id}`,
      ownerId: link?.ownerId ?? null,
      coOwnerId: link?.coOwnerId ?? null,
      deadlines: () => bugDeadlines(bugClockFacts(bug, link?.lastActionItemChangeAt ?? null)),
    };
  });
}

export interface BugIncidentLink {
  /** The owners of the bug's incident: the open one first, the oldest of them. */
  readonly ownerId: number | null;
  readonly coOwnerId: number | null;
  readonly lastActionItemChangeAt: number | null;
}

/** For each bug that has incidents: who owns it, and the latest action-item change of any of them. */
export async function bugIncidents(
  db: Kysely<Database>,
  bugIds: readonly number[],
): Promise<Map<number, BugIncidentLink>> {
  const links = new Map<number, BugIncidentLink>();
  if (bugIds.length === 0) return links;
  const incidents = await db
    .selectFrom('incidents')
    .select(['id', 'bug_id', 'status', 'owner_id', 'co_owner_id'])
    .where('bug_id', 'in', bugIds)
    .orderBy('id')
    .execute();
  if (incidents.length === 0) return links;
  const changes = await db
    .selectFrom('action_items')
    .select(['incident_id', (eb) => eb.fn.max('changed_at').as('changed_at')])
    .where(
      'incident_id',
      'in',
      incidents.map((i) => i.id),
    )
    .groupBy('incident_id')
    .execute();
  const changedAt = new Map(changes.map((c) => [c.incident_id, Number(c.changed_at)]));
  const ordered = [...incidents].sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open'));
  for (const i of ordered) {
    if (i.bug_id === null) continue;
    const seen = links.get(i.bug_id);
    const change = changedAt.get(i.id) ?? null;
    const last = seen?.lastActionItemChangeAt ?? null;
    links.set(i.bug_id, {
      ownerId: seen ? seen.ownerId : i.owner_id,
      coOwnerId: seen ? seen.coOwnerId : i.co_owner_id,
      lastActionItemChangeAt: change === null ? last : Math.max(change, last ?? change),
    });
  }
  return links;
}
