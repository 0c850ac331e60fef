/** When to warn about an open deadline, and whom: the escalation grows as the window runs out. */
import type { Deadline } from './types.js';
import { pointAt } from './window.js';

export type Recipient = 'owner' | 'co-owner' | 'management';

export interface AlertPoint {
  /** `${deadline.key}@${percent}`: unique per deadline, so the store can send each point once. */
  key: string;
  fraction: number;
  at: number;
  tier: readonly Recipient[];
}

const EVERYONE: readonly Recipient[] = ['owner', 'co-owner', 'management'];

/** 100 % is the breach, at dueAt, the instant clockState turns 'overdue'. */
const ESCALATION: readonly { percent: number; tier: readonly Recipient[] }[] = [
  { percent: 50, tier: ['owner'] },
  { percent: 75, tier: ['owner', 'co-owner'] },
  { percent: 90, tier: EVERYONE },
  { percent: 100, tier: EVERYONE },
];

/** The alert schedule of a deadline not yet met; a met deadline needs no warning. */
export function alertPoints(deadline: Deadline): AlertPoint[] {
  if (deadline.metAt !== null) return [];
  return ESCALATION.map(({ percent, tier }) => ({
    key: `${deadline.key}@${percent}`,
    fraction: percent / 100,
    at: pointAt(deadline, percent),
    tier,
  }));
}

/** The points whose time has come by `now`. */
export const dueAlertPoints = (deadline: Deadline, now: number): AlertPoint[] =>
  alertPoints(deadline).filter((p) => p.at <= now);
