import type { ClockState, Deadline } from './types.js';
import { pointAt } from './window.js';

/**
 * A clock is due soon from 75 % of its window: the moment alerts escalate to the co-owner
 * (alerts.ts), so the badge and the second notification agree. That leaves 6 h of a 24 h clock
 * and 30 h of a 5-day one, enough to hand over to someone else.
 */
export const DUE_SOON_PERCENT = 75;

/**
 * "Within 24 hours" is read strictly: the event must happen before startsAt + 24 h, so at exactly
 * 24:00:00.000 the clock is overdue, the same instant the breach alert fires.
 */
export function clockState(deadline: Deadline, now: number): ClockState {
  if (deadline.metAt !== null) return deadline.metAt < deadline.dueAt ? 'met' : 'met_late';
  if (now >= deadline.dueAt) return 'overdue';
  return now >= pointAt(deadline, DUE_SOON_PERCENT) ? 'due_soon' : 'ok';
}
