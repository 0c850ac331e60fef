/**
 * Which alert points of one deadline a sweep records. Normally one point comes due at a time and
 * fires. When several are due and unrecorded at once (the sweeper was down, or the case was entered
 * late), only the highest fires: three alerts in a row about one deadline say less than the last
 * one alone. The lower ones are recorded as superseded by it, so they never fire later. A point
 * below one already recorded is stale and is only recorded.
 */
import { type AlertPoint, type Deadline, dueAlertPoints } from '../rules/index.js';
import type { SubjectType } from './clocks.js';

export interface AlertPlan {
  readonly fire: AlertPoint | null;
  /** Highest first: the order in which concurrent sweeps take the keys, so they never deadlock. */
  readonly supersede: readonly AlertPoint[];
}

/** How a key names its subject: `case:` keeps the meaning the keys of case alerts always had. */
const KEY_PREFIX: Record<SubjectType, string> = {
  case: 'case',
  incident: 'incident',
  bug: 'bug',
  action_item: 'action-item',
};

/** The alert's unique key: the subject, the deadline's point, and the due instant it was counted to. */
export const alertKey = (
  subject: { readonly type: SubjectType; readonly id: number },
  deadline: Pick<Deadline, 'dueAt'>,
  point: Pick<AlertPoint, 'key'>,
) => `${KEY_PREFIX[subject.type]}:${subject.id}:${point.key}/${new Date(deadline.dueAt).toISOString()}`;

export function planAlerts(
  deadline: Deadline,
  now: number,
  isRecorded: (point: AlertPoint) => boolean,
): AlertPlan | null {
  const due = dueAlertPoints(deadline, now);
  const pending = due.filter((p) => !isRecorded(p)).reverse();
  const top = due.at(-1);
  if (top === undefined || pending.length === 0) return null;
  return pending[0] === top ? { fire: top, supersede: pending.slice(1) } : { fire: null, supersede: pending };
}
