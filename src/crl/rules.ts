/**
 * The time limits a CRL is held to, as data: each version with the day it took effect, so a later
 * version of the BRs or the MRSP is one more entry. Wording checked against BR 2.2.6 (4.9.7 and the
 * 7.2 profile) and MRSP section 6 as read for ../shared/RULES.md, whose table these come from.
 */
import { DAY, utcDay } from '../rules/time.js';

/** A limit, with the rule that sets it. `months` counts calendar months (12 months, not 365 days). */
export interface Limit {
  readonly days?: number;
  readonly months?: number;
  readonly rule: string;
}

export interface CrlTimingRules {
  /** The ballot and document version that brought these limits into force. */
  readonly source: string;
  readonly effectiveFrom: string;
  /** Longest nextUpdate − thisUpdate. */
  readonly maxValidity: { readonly subscriber: Limit; readonly ca: Limit };
  /** Longest time between two CRLs (the served CRL's thisUpdate to now). */
  readonly refresh: {
    /** Subscriber-issuing CA where every certificate carries an AIA OCSP pointer. */
    readonly subscriberWithOcsp: Limit;
    readonly subscriber: Limit;
    readonly ca: Limit;
  };
  /** A revocation recorded must appear on a published CRL within this time. */
  readonly revocationListedWithin: { readonly hours: number; readonly rule: string };
}

export const CRL_TIMING_RULES: readonly CrlTimingRules[] = [
  {
    source: 'Ballot SC63, BR 2.0.1',
    effectiveFrom: '2024-03-15',
    maxValidity: {
      subscriber: { days: 10, rule: 'MRSP 6; BR 7.2' },
      ca: { months: 12, rule: 'BR 4.9.7, 7.2' },
    },
    refresh: {
      subscriberWithOcsp: { days: 7, rule: 'BR 4.9.7 (every certificate has an AIA OCSP pointer)' },
      subscriber: { days: 4, rule: 'BR 4.9.7 (not every certificate has an AIA OCSP pointer)' },
      ca: { months: 12, rule: 'BR 4.9.7 (CA issuing CA certificates)' },
    },
    revocationListedWithin: { hours: 24, rule: 'BR 4.9.7' },
  },
];

/**
 * The limits in force at `at`. A CRL is re-issued all the time and each one served must meet the
 * rules of the day, so the watch asks for those of `now`; undefined before the first version.
 */
export function crlRulesAt(at: number, versions: readonly CrlTimingRules[] = CRL_TIMING_RULES) {
  let found: CrlTimingRules | undefined;
  for (const v of versions)
    if (utcDay(v.effectiveFrom) <= at && (!found || v.effectiveFrom > found.effectiveFrom)) found = v;
  return found;
}

/** `from` plus the limit: calendar months as BR 4.9.7's "twelve months" reads, days as 24 h each. */
export function addLimit(from: number, limit: Limit): number {
  const d = new Date(from + (limit.days ?? 0) * DAY);
  if (limit.months) d.setUTCMonth(d.getUTCMonth() + limit.months);
  return d.getTime();
}

export const describeLimit = (limit: Limit): string =>
  limit.months ? `${limit.months} months` : `${limit.days} days`;
