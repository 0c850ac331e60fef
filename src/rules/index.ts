/** The compliance clocks: pure functions from persisted facts and `now` to deadlines and alerts. */
export type { ClockState, Deadline, Obligation } from './types.js';
export { DUE_SOON_PERCENT, clockState } from './clockState.js';
export {
  RULE_VERSIONS,
  type RuleId,
  type RuleVersion,
  type RuleWindow,
  ruleInForce,
} from './ruleVersions.js';
export {
  type CrlReason,
  REVOCATION_REASONS,
  type RevocationReason,
  crlReasonMismatch,
  requiredCrlReason,
  revocationReason,
} from './revocationReasons.js';
export { isShortLived } from './shortLived.js';
export { type CprFacts, type CprRevocationDecision, cprDeadlines } from './cpr.js';
export {
  type ActionItemClockFacts,
  type BugClockFacts,
  type BugClockRow,
  type IncidentClockFacts,
  actionItemDeadlines,
  bugClockFacts,
  bugDeadlines,
  incidentDeadlines,
} from './incidents.js';
export { type AlertPoint, type Recipient, alertPoints, dueAlertPoints } from './alerts.js';
export { formatDuration } from './formatDuration.js';
