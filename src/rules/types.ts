/** What every compliance clock produces. All times are UTC epoch milliseconds. */

/** How binding a rule is, in RFC 2119 terms (SHALL counts as MUST). */
export type Obligation = 'MUST' | 'SHOULD';

/**
 * One deadline, derived from persisted facts; never a running timer. The window is half-open,
 * [startsAt, dueAt): an event at dueAt itself is late (see clockState.ts).
 */
export interface Deadline {
  /** Stable id within its subject (one CPR, one incident), e.g. 'cpr.preliminary-report'. */
  key: string;
  label: string;
  startsAt: number;
  dueAt: number;
  obligation: Obligation;
  /** Document and section, e.g. 'BR 4.9.5'. */
  rule: string;
  /** The rule's requirement, short and paraphrased. */
  citation: string;
  /** The fact that started the clock, e.g. 'CPR received'. */
  fact: string;
  /** When the event that ends the clock happened; null while it has not. */
  metAt: number | null;
}

export type ClockState = 'ok' | 'due_soon' | 'overdue' | 'met' | 'met_late';
