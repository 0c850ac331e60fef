import type { Deadline } from './types.js';

/** The instant `percent` % of the way through a deadline's window, rounded down so it never comes late. */
export function pointAt(deadline: Pick<Deadline, 'startsAt' | 'dueAt'>, percent: number): number {
  return deadline.startsAt + Math.floor(((deadline.dueAt - deadline.startsAt) * percent) / 100);
}
