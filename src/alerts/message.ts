/**
 * What an alert says, by e-mail and by webhook. Only Vigil's own words go in (case number, the
 * rule's label and citation, times): nothing a reporter wrote, so a report cannot put a mention
 * such as <!channel> or a forged link into the staff's chat.
 */
import { formatCaseNumber } from '../rules/caseNumber.js';
import {
  type AlertPoint,
  type ClockState,
  type Deadline,
  clockState,
  formatDuration,
} from '../rules/index.js';

export interface AlertNotice {
  readonly caseId: number;
  readonly deadline: Deadline;
  readonly point: AlertPoint;
  /** The sweep's time: a late alert says how much time is really left. */
  readonly now: number;
  readonly baseUrl: string;
}

/** The fields chat receivers get besides `text`, for filters and templates. */
export interface AlertPayload {
  readonly text: string;
  readonly case: string;
  readonly caseId: number;
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

const percentOf = (point: AlertPoint) => Math.round(point.fraction * 100);
const caseUrl = (n: AlertNotice) => `${n.baseUrl}/cases/${n.caseId}`;

/** "due in 2 h 10 min", "overdue by 3 h", or "overdue now" at the instant of the breach. */
export function timing(deadline: Pick<Deadline, 'dueAt'>, now: number): string {
  const left = deadline.dueAt - now;
  if (left > 0) return `due in ${formatDuration(left)}`;
  return left === 0 ? 'overdue now' : `overdue by ${formatDuration(left)}`;
}

export function alertSubject(n: AlertNotice): string {
  const when = timing(n.deadline, n.now);
  return `[${formatCaseNumber(n.caseId)}] ${when[0]?.toUpperCase()}${when.slice(1)}: ${n.deadline.label} (${n.deadline.rule})`;
}

export function alertText(n: AlertNotice): string {
  const { deadline, point } = n;
  const percent = percentOf(point);
  const passed = percent >= 100 ? 'The deadline has passed.' : `${percent} % of the time allowed has passed.`;
  return [
    `${formatCaseNumber(n.caseId)}: ${deadline.label}`,
    `${timing(deadline, n.now)}, at ${new Date(deadline.dueAt).toISOString()}. ${passed}`,
    '',
    `Rule: ${deadline.rule} (${deadline.obligation}). ${deadline.citation}`,
    `Counted from: ${deadline.fact}, ${new Date(deadline.startsAt).toISOString()}.`,
    '',
    `Open the case: ${caseUrl(n)}`,
    '',
    `Sent to the case's ${point.tier.join(', ')}; for a case without an owner, to the reviewers, admins and management.`,
  ].join('\n');
}

/** Slack, Matrix hookshot and Teams incoming webhooks each show `text`; the rest is for filters. */
export function alertPayload(n: AlertNotice): AlertPayload {
  const { deadline, point } = n;
  const number = formatCaseNumber(n.caseId);
  return {
    text: `${number}: ${deadline.label} ${timing(deadline, n.now)} (${percentOf(point)} %, ${deadline.rule}). ${caseUrl(n)}`,
    case: number,
    caseId: n.caseId,
    url: caseUrl(n),
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
