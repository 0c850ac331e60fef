/**
 * The clocks of an incident, of its Bugzilla bug and of its action items (CCADB IRG 3.2 and, before
 * 2026-03-20, Mozilla's wiki). Bug clocks have no metAt: they run until the bug closes, and a new
 * CA comment moves them (the facts change), so each shows the next thing the CA owes.
 */
import {
  RULE_VERSIONS,
  type RuleId,
  type RuleVersion,
  type RuleWindow,
  ruleInForce,
} from './ruleVersions.js';
import { DAY, HOUR, utcDay } from './time.js';
import type { Deadline } from './types.js';

export interface BugClockFacts {
  bugId: number;
  openedAt: number;
  revocationDelay: boolean;
  /** The whiteboard Next update date (YYYY-MM-DD): due by the end of that UTC day. */
  nextUpdateDate: string | null;
  lastCaCommentAt: number | null;
  openQuestionAt: number | null;
  needinfoCaSince: number | null;
  lastActionItemChangeAt: number | null;
}

/** The columns of a synced bug (the bugs table) its clocks count from; structural, as rules import no store types. */
export interface BugClockRow {
  readonly id: number;
  readonly creation_time: number;
  readonly revocation_delay: number;
  readonly next_update_date: string | null;
  readonly last_ca_comment_at: number | null;
  readonly open_question_at: number | null;
  readonly needinfo_ca_since: number | null;
}

/** A bug row's clock facts; the last action-item change comes from the incidents reported in it. */
export function bugClockFacts(bug: BugClockRow, lastActionItemChangeAt: number | null): BugClockFacts {
  return {
    bugId: bug.id,
    openedAt: bug.creation_time,
    revocationDelay: bug.revocation_delay === 1,
    nextUpdateDate: bug.next_update_date,
    lastCaCommentAt: bug.last_ca_comment_at,
    openQuestionAt: bug.open_question_at,
    needinfoCaSince: bug.needinfo_ca_since,
    lastActionItemChangeAt,
  };
}

export interface IncidentClockFacts {
  awareAt: number;
  firstReportAt: number | null;
  fullReportAt: number | null;
}

export interface ActionItemClockFacts {
  number: number;
  dueAt: number | null;
  status: 'Ongoing' | 'Complete' | 'Delayed' | 'Canceled';
  createdAt: number;
  completedAt: number | null;
}

type Versions = readonly RuleVersion[];

/** The start of a clock: when it began, what began it, and for date-based windows the date. */
interface Start {
  at: number;
  fact: string;
  date?: string;
}

/**
 * A bug's clocks: 'bug.answer' (a question or needinfo awaiting the CA), 'bug.update' (the earliest
 * of the Next update date, 7 days after the CA's last comment when no date is set, and 3 days
 * after an action item change the CA has not yet reported), and for revocation-delay bugs
 * 'bug.revocation-delay.should' / 'bug.revocation-delay'.
 */
export function bugDeadlines(facts: BugClockFacts, versions: Versions = RULE_VERSIONS): Deadline[] {
  const sinceCa: Start =
    facts.lastCaCommentAt === null
      ? { at: facts.openedAt, fact: 'bug opened' }
      : { at: facts.lastCaCommentAt, fact: "CA's last comment" };
  const deadlines: Deadline[] = [];

  const update = earliest([...nextUpdate(facts, sinceCa, versions), ...actionItemUpdate(facts, versions)]);
  if (update !== undefined) deadlines.push(update);

  const question = earliestStart([
    facts.openQuestionAt === null ? null : { at: facts.openQuestionAt, fact: 'question by another party' },
    facts.needinfoCaSince === null ? null : { at: facts.needinfoCaSince, fact: 'needinfo on CA staff' },
  ]);
  if (question !== null) deadlines.push(...fromRule('bug.answer', question, versions));

  if (facts.revocationDelay) deadlines.push(...fromRule('bug.revocation-delay', sinceCa, versions));
  return deadlines;
}

/**
 * The whiteboard date governs while the CA has not yet commented on or after that day; once it
 * has, the date is spent (root store operators clear or move it after the update) and the weekly
 * clock runs from that comment.
 */
function nextUpdate(facts: BugClockFacts, since: Start, versions: Versions): Deadline[] {
  const date = facts.nextUpdateDate;
  const useDate = date !== null && (facts.lastCaCommentAt === null || facts.lastCaCommentAt < utcDay(date));
  const byDate = (w: RuleWindow) => (w.from === 'date') === useDate;
  const start = useDate ? { ...since, fact: 'Next update date in the whiteboard', date } : since;
  return fromRule('bug.update', start, versions, byDate);
}

/** An action item changed after the CA's last comment: that change is still to be reported. */
function actionItemUpdate(facts: BugClockFacts, versions: Versions): Deadline[] {
  const changed = facts.lastActionItemChangeAt;
  if (changed === null || (facts.lastCaCommentAt !== null && changed <= facts.lastCaCommentAt)) return [];
  return fromRule('bug.update.action-item', { at: changed, fact: 'action item changed' }, versions);
}

/**
 * 'incident.first-report' 72 h from awareness; 'incident.full-report' 14 days from the first
 * report (from awareness while none is posted). A full report posted first is the first report too.
 */
export function incidentDeadlines(facts: IncidentClockFacts, versions: Versions = RULE_VERSIONS): Deadline[] {
  const first = earliestStart([
    facts.firstReportAt === null ? null : { at: facts.firstReportAt, fact: 'first report disclosed' },
    facts.fullReportAt === null ? null : { at: facts.fullReportAt, fact: 'first report disclosed' },
  ]);
  const aware: Start = { at: facts.awareAt, fact: 'CA became aware' };
  return [
    ...fromRule('incident.first-report', aware, versions).map((d) => ({ ...d, metAt: first?.at ?? null })),
    ...fromRule('incident.full-report', first ?? aware, versions).map((d) => ({
      ...d,
      metAt: facts.fullReportAt,
    })),
  ];
}

/** 'action-item.due': by the end of the UTC day of its due date; none when Canceled or undated. */
export function actionItemDeadlines(
  item: ActionItemClockFacts,
  versions: Versions = RULE_VERSIONS,
): Deadline[] {
  if (item.status === 'Canceled' || item.dueAt === null) return [];
  const date = new Date(item.dueAt).toISOString().slice(0, 10);
  const metAt = item.status === 'Complete' ? item.completedAt : null;
  return fromRule('action-item.due', { at: item.createdAt, fact: 'action item created', date }, versions).map(
    (d) => ({ ...d, label: `Action item ${item.number} due ${date}`, metAt }),
  );
}

/** The windows of the version in force when the clock started (the rule of its day). */
function fromRule(
  id: RuleId,
  start: Start,
  versions: Versions,
  pick: (w: RuleWindow) => boolean = () => true,
): Deadline[] {
  const version = ruleInForce(id, start.at, versions);
  if (version === undefined) return [];
  return version.windows.filter(pick).map((w) => {
    const dueAt =
      (w.from === 'date' && start.date !== undefined ? utcDay(start.date) : start.at) + w.hours * HOUR;
    return {
      key: w.key,
      label: start.date !== undefined && w.from === 'date' ? `${w.label} (${start.date})` : w.label,
      // A due date already past when the clock started: the window is that day.
      startsAt: start.at < dueAt ? start.at : dueAt - DAY,
      dueAt,
      obligation: w.obligation,
      rule: version.rule,
      citation: version.citation,
      fact: start.fact,
      metAt: null,
    };
  });
}

function earliest(deadlines: readonly Deadline[]): Deadline | undefined {
  return deadlines.reduce<Deadline | undefined>(
    (a, d) => (a === undefined || d.dueAt < a.dueAt ? d : a),
    undefined,
  );
}

function earliestStart(starts: readonly (Start | null)[]): Start | null {
  return starts.reduce<Start | null>((a, s) => (s !== null && (a === null || s.at < a.at) ? s : a), null);
}
