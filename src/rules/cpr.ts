/** The clocks of a Certificate Problem Report: BR 4.9.5 and the revocation it may lead to. */
import { revocationReason } from './revocationReasons.js';
import { type RuleId, ruleInForce } from './ruleVersions.js';
import { HOUR } from './time.js';
import type { Deadline } from './types.js';

export interface CprRevocationDecision {
  /** The BR 4.9.1.1 reason (1-16); for a subordinate CA it does not change the clock. */
  reason: number;
  decidedAt: number;
  subordinateCa?: boolean;
  /** A Short-lived Subscriber Certificate (see isShortLived): revocation optional, so no clock. */
  shortLived?: boolean;
}

export interface CprFacts {
  receivedAt: number;
  preliminaryReportSentAt: number | null;
  revocation: CprRevocationDecision | null;
  revocationPublishedAt: number | null;
}

const RECEIVED = 'CPR received';

/**
 * Every deadline the CPR has so far. All count from receipt (BR 4.9.5: "from receipt ... to
 * published revocation"), not from the decision, under the rule versions in force on that day.
 */
export function cprDeadlines(facts: CprFacts): Deadline[] {
  const deadlines = fromRule('cpr.preliminary-report', facts, facts.preliminaryReportSentAt);
  const decision = facts.revocation;
  if (decision === null) return deadlines;
  if (decision.subordinateCa)
    return [...deadlines, ...fromRule('revocation.subordinate-ca', facts, facts.revocationPublishedAt)];
  if (decision.shortLived) return deadlines;
  const reason = revocationReason(decision.reason);
  const detail = `reason ${reason.number}: ${reason.label}`;
  return [...deadlines, ...fromRule(reason.clock, facts, facts.revocationPublishedAt, detail)];
}

function fromRule(id: RuleId, facts: CprFacts, metAt: number | null, detail?: string): Deadline[] {
  const version = ruleInForce(id, facts.receivedAt);
  if (version === undefined) return [];
  return version.windows.map((w) => ({
    key: w.key,
    label: detail === undefined ? w.label : `${w.label} (${detail})`,
    startsAt: facts.receivedAt,
    dueAt: facts.receivedAt + w.hours * HOUR,
    obligation: w.obligation,
    rule: version.rule,
    citation: version.citation,
    fact: RECEIVED,
    metAt,
  }));
}
