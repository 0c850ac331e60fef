/**
 * The weekly management report: what falls due in the next 7 days, what is overdue, what slipped
 * in the last 7 (went overdue, or was met late), and where each open incident stands. The same
 * clocks as the board (clocks.ts), as of one instant; sent by e-mail once per ISO week (UTC),
 * from Monday 08:00, through the outbox under one key per week and address.
 */
import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import { enqueueEmail } from '../delivery/outbox.js';
import { type Deadline, formatDuration } from '../rules/index.js';
import { DAY, HOUR } from '../rules/time.js';
import type { Store } from '../store/database.js';
import type { ActionItemStatus } from '../store/incidentSchema.js';
import type { Database } from '../store/schema.js';
import { type ClockSubject, type OpenClock, byUrgency, clockSubjects, openClocksOf } from './clocks.js';

export const WEEK = 7 * DAY;
/** Monday 08:00 UTC: the report goes out at the start of the working week. */
export const SEND_AFTER_MS = 8 * HOUR;

/** The ISO 8601 week of a UTC time, 'YYYY-Www': weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(ms: number): string {
  const d = new Date(ms);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const thursday = midnight + (3 - mondayIndex(midnight)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - firstMonday(year)) / WEEK) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of an ISO week, or null when the text names no week. */
export function weekStart(week: string): number | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const start = firstMonday(Number(match[1])) + (Number(match[2]) - 1) * WEEK;
  return isoWeek(start) === week ? start : null;
}

const mondayIndex = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;

function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - mondayIndex(jan4) * DAY;
}

/** A deadline that went overdue or was met late. */
export interface SlippedClock {
  readonly subject: string;
  readonly url: string;
  readonly kind: string;
  readonly label: string;
  readonly rule: string;
  readonly dueAt: number;
  /** Null while it is still not met. */
  readonly metAt: number | null;
  readonly ownerId: number | null;
}

export interface IncidentState {
  readonly id: number;
  readonly title: string;
  readonly bugId: number | null;
  readonly ownerId: number | null;
  readonly coOwnerId: number | null;
  /** The most urgent open clock of the incident, its action items or its bug. */
  readonly next: OpenClock | null;
  readonly actionItems: Readonly<Record<ActionItemStatus, number>>;
}

export interface WeeklyReport {
  readonly week: string;
  /** The instant the report describes. */
  readonly at: number;
  readonly due: readonly OpenClock[];
  readonly overdue: readonly OpenClock[];
  readonly slipped: readonly SlippedClock[];
  readonly incidents: readonly IncidentState[];
}

export async function weeklyReport(
  db: Kysely<Database>,
  config: Pick<Config, 'ca'>,
  at: number,
): Promise<WeeklyReport> {
  const since = at - WEEK;
  const subjects = await clockSubjects(db, config, { closedSince: since });
  const open = (await clockSubjects(db, config)).flatMap((s) => openClocksOf(s, at)).sort(byUrgency);
  return {
    week: isoWeek(at),
    at,
    due: open.filter((c) => c.dueAt >= at && c.dueAt < at + WEEK),
    overdue: open.filter((c) => c.state === 'overdue'),
    slipped: subjects
      .flatMap((s) => s.deadlines().map((d) => slippedOf(s, d, since, at)))
      .filter((s): s is SlippedClock => s !== null)
      .sort((a, b) => a.dueAt - b.dueAt),
    incidents: await incidentStates(db, open),
  };
}

/** The deadline, if between `since` and `at` it went overdue unmet or was met late. */
function slippedOf(s: ClockSubject, d: Deadline, since: number, at: number): SlippedClock | null {
  const within = (t: number) => t >= since && t < at;
  const lapsed = within(d.dueAt) && (d.metAt === null || d.metAt >= d.dueAt);
  const metLate = d.metAt !== null && d.metAt >= d.dueAt && within(d.metAt);
  if (!lapsed && !metLate) return null;
  return {
    subject: s.subject,
    url: s.url,
    kind: d.key,
    label: d.label,
    rule: d.rule,
    dueAt: d.dueAt,
    metAt: d.metAt !== null && d.metAt < at ? d.metAt : null,
    ownerId: s.ownerId,
  };
}

async function incidentStates(db: Kysely<Database>, open: readonly OpenClock[]): Promise<IncidentState[]> {
  const incidents = await db
    .selectFrom('incidents')
    .select(['id', 'title', 'bug_id', 'owner_id', 'co_owner_id'])
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  if (incidents.length === 0) return [];
  const counts = await db
    .selectFrom('action_items')
    .select(['incident_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where(
      'incident_id',
      'in',
      incidents.map((i) => i.id),
    )
    .groupBy(['incident_id', 'status'])
    .execute();
  return incidents.map((i) => {
    const actionItems = { Ongoing: 0, Delayed: 0, Complete: 0, Canceled: 0 };
    for (const c of counts) if (c.incident_id === i.id) actionItems[c.status] = Number(c.n);
    // The incident and its action items share its page; its bug's clocks count too.
    const mine = (c: OpenClock) =>
      c.url === `/incidents/${i.id}` || (c.subjectType === 'bug' && c.subjectId === i.bug_id);
    return {
      id: i.id,
      title: i.title,
      bugId: i.bug_id,
      ownerId: i.owner_id,
      coOwnerId: i.co_owner_id,
      next: open.find(mine) ?? null,
      actionItems,
    };
  });
}

const utc = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** How a clock stands at `at`: "due in 2 d 4 h" or "overdue by 3 h". */
export const standing = (dueAt: number, at: number) =>
  dueAt > at ? `due in ${formatDuration(dueAt - at)}` : `overdue by ${formatDuration(at - dueAt)}`;

/** How a slipped deadline ended: still open, or met and how late. */
export const slipText = (s: SlippedClock) =>
  s.metAt === null ? 'not met' : `met ${utc(s.metAt)}, ${formatDuration(s.metAt - s.dueAt)} late`;

/** The e-mail: plain text, Vigil's own words and the subjects' numbers only. */
export function weeklyText(
  report: WeeklyReport,
  emailOf: (id: number | null) => string | null,
  baseUrl: string,
): string {
  const owner = (id: number | null) => emailOf(id) ?? 'no owner';
  const clockLine = (c: OpenClock) =>
    `- ${c.subject}: ${c.label}, ${standing(c.dueAt, report.at)} (${utc(c.dueAt)}; ${c.rule}); ${owner(c.ownerId)}`;
  const section = <T>(title: string, rows: readonly T[], line: (row: T) => string) => [
    `${title} (${rows.length})`,
    ...(rows.length === 0 ? ['- none'] : rows.map(line)),
    '',
  ];
  return [
    `Weekly deadline report ${report.week}, as of ${utc(report.at)}`,
    '',
    ...section('Due in the next 7 days', report.due, clockLine),
    ...section('Overdue now', report.overdue, clockLine),
    ...section(
      'Slipped in the last 7 days',
      report.slipped,
      (s) =>
        `- ${s.subject}: ${s.label}, due ${utc(s.dueAt)}, ${slipText(s)} (${s.rule}); ${owner(s.ownerId)}`,
    ),
    ...section('Open incidents', report.incidents, (i) =>
      [
        `- incident ${i.id}${i.bugId === null ? '' : ` (bug ${i.bugId})`}: ${i.title}`,
        `  owner ${owner(i.ownerId)}${i.coOwnerId === null ? '' : `, co-owner ${owner(i.coOwnerId)}`}`,
        `  next: ${i.next === null ? 'no clock running' : `${i.next.subject}: ${i.next.label}, ${standing(i.next.dueAt, report.at)}`}`,
        `  action items: ${Object.entries(i.actionItems)
          .map(([status, n]) => `${n} ${status}`)
          .join(', ')}`,
      ].join('\n'),
    ),
    `The board: ${baseUrl}/board`,
    `This report: ${baseUrl}/reports/weekly?week=${report.week}`,
  ].join('\n');
}

export interface WeeklyDeps {
  readonly store: Store;
  readonly config: Pick<Config, 'ca' | 'alerts' | 'baseUrl' | 'caName'>;
}

/**
 * Queues this week's report to each management address, once: from Monday 08:00 UTC on, under the
 * key `weekly:<YYYY-Www>:<address>`, so repeated calls and other instances queue nothing more.
 * Returns how many e-mails this call queued.
 */
export async function queueWeeklyReport({ store, config }: WeeklyDeps, now: number): Promise<number> {
  const week = isoWeek(now);
  if (now < (weekStart(week) as number) + SEND_AFTER_MS) return 0;
  const keyOf = (address: string) => `weekly:${week}:${address.toLowerCase()}`;
  const keys = config.alerts.management.map(keyOf);
  if (keys.length === 0) return 0;
  const queued = await store.db
    .selectFrom('outbox')
    .select('dedupe_key')
    .where('dedupe_key', 'in', keys)
    .execute();
  const done = new Set(queued.map((r) => r.dedupe_key));
  const missing = config.alerts.management.filter((a) => !done.has(keyOf(a)));
  if (missing.length === 0) return 0;
  const report = await weeklyReport(store.db, config, now);
  const users = await store.db.selectFrom('users').select(['id', 'email']).execute();
  const emailOf = (id: number | null) => users.find((u) => u.id === id)?.email ?? null;
  const text = weeklyText(report, emailOf, config.baseUrl);
  const subject = `[${config.caName}] Weekly deadline report ${week}: ${report.overdue.length} overdue, ${report.due.length} due this week`;
  let count = 0;
  for (const to of missing)
    if (
      await enqueueEmail(
        store.db,
        { dedupeKey: keyOf(to), to: [to], subject, text, headers: { 'Auto-Submitted': 'auto-generated' } },
        now,
      )
    )
      count++;
  return count;
}
