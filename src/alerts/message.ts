/**
 * What an alert says, by e-mail and by webhook. Only Vigil's own words go in (case number, bug and
 * incident numbers, the rule's label and citation, times): nothing a reporter or a Bugzilla commenter
 * wrote, so a report cannot put a mention such as <!channel> or a forged link into the staff's chat.
 */
import {
  type AlertPoint,
  type ClockState,
  type Deadline,
  clockState,
  formatDuration,
} from '../rules/index.js';
import type { ClockSubject, SubjectType } from './clocks.js';

/** What the alert is about: a case, an incident, one of its action items, or a bug. */
export type AlertTarget = Pick<ClockSubject, 'type' | 'id' | 'name' | 'url'>;

export interface AlertNotice {
  readonly target: AlertTarget;
  readonly deadline: Deadline;
  readonly point: AlertPoint;
  /** The sweep's time: a late alert says how much time is really left. */
  readonly now: number;
  readonly baseUrl: string;
}

/** The fields chat receivers get besides `text`, for filters and templates; a case's keep `case` and `caseId`. */
export interface AlertPayload {
  readonly text: string;
  readonly subject: string;
  readonly subjectType: SubjectType;
  readonly subjectId: number;
  readonly case?: string;
  readonly caseId?: number;
  readonly url: string;
  readonly deadline: string;
  readonly label: string;
  readonly rule: string;
  readonly citation: string;
  readonly obligation: Deadline['obligation'];
  readonly percent: number;
  readonly dueAt: string;
  readonly state: ClockState;
}

/** The word for the page an alert links to (an action item's is its incident's), with its article. */
const NOUN: Record<SubjectType, readonly [article: string, noun: string]> = {
  case: ['a', 'case'],
  incident: ['an', 'incident'],
  action_item: ['an', 'incident'],
  bug: ['a', 'bug'],
};

const percentOf = (point: AlertPoint) => Math.round(point.fraction * 100);
const targetUrl = (n: AlertNotice) => `${n.baseUrl}${n.target.url}`;

/** "due in 2 h 10 min", "overdue by 3 h", or "overdue now" at the instant of the breach. */
export function timing(deadline: Pick<Deadline, 'dueAt'>, now: number): string {
  const left = deadline.dueAt - now;
  if (left > 0) return `due in ${formatDuration(left)}`;
  return left === 0 ? 'overdue now' : `overdue by ${formatDuration(left)}`;
}

export function alertSubject(n: AlertNotice): string {
  const when = timing(n.deadline, n.now);
  return `[${n.target.name}] ${when[0]?.toUpperCase()}${when.slice(1)}: ${n.deadline.label} (${n.deadline.rule})`;
}

export function alertText(n: AlertNotice): string {
  const { deadline, point } = n;
  const percent = percentOf(point);
  const passed = percent >= 100 ? 'The deadline has passed.' : `${percent} % of the time allowed has passed.`;
  const [article, noun] = NOUN[n.target.type];
  return [
    `${n.target.name}: ${deadline.label}`,
    `${timing(deadline, n.now)}, at ${new Date(deadline.dueAt).toISOString()}. ${passed}`,
    '',
    `Rule: ${deadline.rule} (${deadline.obligation}). ${deadline.citation}`,
    `Counted from: ${deadline.fact}, ${new Date(deadline.startsAt).toISOString()}.`,
    '',
    `Open the ${noun}: ${targetUrl(n)}`,
    '',
    `Sent to the ${noun}'s ${point.tier.join(', ')}; for ${article} ${noun} without an owner, to the reviewers, admins and management.`,
  ].join('\n');
}

/** Slack, Matrix hookshot and Teams incoming webhooks each show `text`; the rest is for filters. */
export function alertPayload(n: AlertNotice): AlertPayload {
  const { deadline, point, target } = n;
  return {
    text: `${target.name}: ${deadline.label} ${timing(deadline, n.now)} (${percentOf(point)} %, ${deadline.rule}). ${targetUrl(n)}`,
    subject: target.name,
    subjectType: target.type,
    subjectId: target.id,
    ...(target.type === 'case' && { case: target.name, caseId: target.id }),
    url: targetUrl(n),
    deadline: deadline.key,
    label: deadline.label,
    rule: deadline.rule,
    citation: deadline.citation,
    obligation: deadline.obligation,
    percent: percentOf(point),
    dueAt: new Date(deadline.dueAt).toISOString(),
    state: clockState(deadline, n.now),
  };
}
