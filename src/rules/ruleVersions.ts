/**
 * The deadline rules as data, each version with the day it took effect. Wording checked against
 * BR 2.2.6 and the CCADB Incident Reporting Guidelines 3.2 (cas/incident-report.md). A new version of a rule is one more entry with the same id and a later effectiveFrom;
 * the version in force on the day of the starting fact (a CPR's receipt) applies, so a clock never
 * changes under a case already open.
 *
 * Not in the table: servercert pull request 622 ("CPR revamp", unmerged when read). If adopted,
 * its entry would be { id: 'cpr.preliminary-report', effectiveFrom: <its date>, windows: a MUST
 * 24 h report to the reporter and a SHOULD 24 h report to the subscriber }, counted from the
 * judgement that the report is actionable: a fact Vigil must record before the entry can be added.
 */
import { utcDay } from './time.js';
import type { Obligation } from './types.js';

export type RuleId =
  | 'cpr.preliminary-report'
  | 'revocation.24h'
  | 'revocation.5d'
  | 'revocation.subordinate-ca'
  | 'incident.first-report'
  | 'incident.full-report'
  | 'bug.answer'
  | 'bug.update'
  | 'bug.update.action-item'
  | 'bug.revocation-delay'
  | 'action-item.due';

/** One deadline a rule sets; `key` becomes the Deadline's key. */
export interface RuleWindow {
  key: string;
  label: string;
  obligation: Obligation;
  hours: number;
  /**
   * What the hours count from: the starting fact (the default), or 00:00 UTC of a date the facts
   * name (a whiteboard Next update date, an action item's due date), so 24 means "by the end of
   * that UTC day".
   */
  from?: 'fact' | 'date';
}

export interface RuleVersion {
  id: RuleId;
  rule: string;
  citation: string;
  /** The ballot and document version that brought this text into force. */
  source: string;
  /** First day (00:00 UTC) on which this version applies. */
  effectiveFrom: string;
  windows: readonly RuleWindow[];
}

export const RULE_VERSIONS: readonly RuleVersion[] = [
  {
    id: 'cpr.preliminary-report',
    rule: 'BR 4.9.5',
    citation:
      'Within 24 hours of receiving a problem report, investigate it and send a preliminary report of the findings to both the subscriber and the reporter.',
    source: 'Ballot SC6, BR 1.6.1',
    effectiveFrom: '2018-10-14',
    windows: [
      {
        key: 'cpr.preliminary-report',
        label: 'Preliminary report to the reporter and the subscriber',
        obligation: 'MUST',
        hours: 24,
      },
    ],
  },
  {
    // Reasons 1-5 of 4.9.1.1; the numbering and CRLReasons of revocationReasons.ts are SC61's.
    id: 'revocation.24h',
    rule: 'BR 4.9.1.1, 4.9.5',
    citation:
      'Revoke within 24 hours, counted from receipt of the problem report to the published revocation.',
    source: 'Ballot SC61, BR 1.8.7',
    effectiveFrom: '2023-07-15',
    windows: [{ key: 'cpr.revocation', label: 'Revocation published', obligation: 'MUST', hours: 24 }],
  },
  {
    // Reasons 6-16 of 4.9.1.1.
    id: 'revocation.5d',
    rule: 'BR 4.9.1.1, 4.9.5',
    citation:
      'Revocation should be published within 24 hours and must be within 5 days, counted from receipt of the problem report.',
    source: 'Ballot SC61, BR 1.8.7',
    effectiveFrom: '2023-07-15',
    windows: [
      {
        key: 'cpr.revocation.should',
        label: 'Revocation published (recommended)',
        obligation: 'SHOULD',
        hours: 24,
      },
      { key: 'cpr.revocation', label: 'Revocation published', obligation: 'MUST', hours: 120 },
    ],
  },
  {
    id: 'revocation.subordinate-ca',
    rule: 'BR 4.9.1.2',
    citation: 'The issuing CA revokes a subordinate CA certificate within 7 days.',
    source: 'Ballot 93, BR 1.1.1',
    effectiveFrom: '2012-11-07',
    windows: [
      { key: 'cpr.revocation', label: 'Subordinate CA revocation published', obligation: 'MUST', hours: 168 },
    ],
  },
  // Incident reports and their bugs. Before CCADB IRG 3.2 (effective 2026-03-20) the clocks of a
  // CA compliance bug were those of Mozilla's wiki page "CA/Responding To An Incident". Each wiki
  // entry starts on the earliest day its text is attested: the two-week report in the revision of
  // 2017-12-12; the one-week answer, weekly update and timeline as quoted in bug 1563579, opened
  // 2019-07-04 (the page's earlier history was not read). The wiki set no first-report clock and
  // no revocation-delay cadence.
  {
    id: 'incident.first-report',
    rule: 'CCADB IRG 3.2 "When are reports expected?"',
    citation:
      "Within 72 hours of becoming aware of an incident, disclose a Preliminary or Full Incident Report, or respond to a third party's preliminary report.",
    source: 'CCADB Incident Reporting Guidelines 3.2',
    effectiveFrom: '2026-03-20',
    windows: [
      { key: 'incident.first-report', label: 'First incident report', obligation: 'MUST', hours: 72 },
    ],
  },
  {
    id: 'incident.full-report',
    rule: 'Mozilla wiki "CA/Responding To An Incident"',
    citation:
      'Incident reports as soon as possible, and certainly within two weeks of the initial issue report.',
    source: 'wiki.mozilla.org CA/Responding_To_An_Incident, revision of 2017-12-12',
    effectiveFrom: '2017-12-12',
    windows: [{ key: 'incident.full-report', label: 'Full incident report', obligation: 'MUST', hours: 336 }],
  },
  {
    id: 'incident.full-report',
    rule: 'CCADB IRG 3.2 "When are reports expected?"',
    citation: "Full Incident Reports must be posted within 14 days of the incident's initial disclosure.",
    source: 'CCADB Incident Reporting Guidelines 3.2',
    effectiveFrom: '2026-03-20',
    windows: [{ key: 'incident.full-report', label: 'Full incident report', obligation: 'MUST', hours: 336 }],
  },
  {
    id: 'bug.answer',
    rule: 'Mozilla wiki "CA/Responding To An Incident"',
    citation:
      'In no circumstances should a question linger without a response for more than one week, even if only to acknowledge it and give a date for the answer.',
    source: 'wiki.mozilla.org CA/Responding_To_An_Incident, as quoted in bug 1563579',
    effectiveFrom: '2019-07-04',
    windows: [
      { key: 'bug.answer', label: 'Answer to a question on the bug', obligation: 'MUST', hours: 168 },
    ],
  },
  {
    id: 'bug.answer',
    rule: 'CCADB IRG 3.2 "When are reports updated?"',
    citation:
      'Respond to comments and questions within 7 days, even if only to acknowledge the request and give a timeline for a full response.',
    source: 'CCADB Incident Reporting Guidelines 3.2',
    effectiveFrom: '2026-03-20',
    windows: [
      { key: 'bug.answer', label: 'Answer to a question on the bug', obligation: 'MUST', hours: 168 },
    ],
  },
  {
    // The wiki says "should", but Mozilla held CAs to the week as "the absolute upper bound"
    // (bug 1563579), so it is kept as a MUST.
    id: 'bug.update',
    rule: 'Mozilla wiki "CA/Responding To An Incident"',
    citation:
      'Provide updates at least every week, unless Mozilla agrees to a different schedule by setting a "Next Update" date in the Whiteboard.',
    source: 'wiki.mozilla.org CA/Responding_To_An_Incident, as quoted in bug 1563579',
    effectiveFrom: '2019-07-04',
    windows: [
      { key: 'bug.update', label: 'Weekly update', obligation: 'MUST', hours: 168 },
      {
        key: 'bug.update',
        label: 'Update by the Next update date',
        obligation: 'MUST',
        hours: 24,
        from: 'date',
      },
    ],
  },
  {
    id: 'bug.update',
    rule: 'CCADB IRG 3.2 "When are reports updated?"',
    citation:
      'Open reports must be updated on or before the whiteboard "Next update" date, or within 7 days when none is recorded.',
    source: 'CCADB Incident Reporting Guidelines 3.2',
    effectiveFrom: '2026-03-20',
    windows: [
      { key: 'bug.update', label: 'Update within 7 days', obligation: 'MUST', hours: 168 },
      {
        key: 'bug.update',
        label: 'Update by the Next update date',
        obligation: 'MUST',
        hours: 24,
        from: 'date',
      },
    ],
  },
  {
    // The IRG names no number of days for this update; 3 days is Vigil's reading (RULES.md).
    id: 'bug.update.action-item',
    rule: 'CCADB IRG 3.2 "When are reports updated?"',
    citation: 'Open reports must be updated when Action Items are changed, completed, or delayed.',
    source: 'CCADB Incident Reporting Guidelines 3.2',
    effectiveFrom: '2026-03-20',
    windows: [
      { key: 'bug.update', label: 'Update after an action item change', obligation: 'MUST', hours: 72 },
    ],
  },
  {
    id: 'bug.revocation-delay',
    rule: 'CCADB IRG 3.2 "When are reports updated?"',
    citation:
      'Revocation-delay reports should be updated every 3 days and must be at least every 7 days: revoked, not yet revoked, expired, and an estimate for completion.',
    source: 'CCADB Incident Reporting Guidelines 3.2',
    effectiveFrom: '2026-03-20',
    windows: [
      {
        key: 'bug.revocation-delay.should',
        label: 'Revocation-delay update (recommended)',
        obligation: 'SHOULD',
        hours: 72,
      },
      { key: 'bug.revocation-delay', label: 'Revocation-delay update', obligation: 'MUST', hours: 168 },
    ],
  },
  {
    id: 'action-item.due',
    rule: 'Mozilla wiki "CA/Responding To An Incident"',
    citation:
      'The steps to resolve the incident come with a timeline of when the CA expects to accomplish them.',
    source: 'wiki.mozilla.org CA/Responding_To_An_Incident, as quoted in bug 1563579',
    effectiveFrom: '2019-07-04',
    windows: [
      { key: 'action-item.due', label: 'Action item due', obligation: 'MUST', hours: 24, from: 'date' },
    ],
  },
  {
    id: 'action-item.due',
    rule: 'CCADB IRG 3.2 "Full Incident Report", Action Items',
    citation:
      'Each action item is completed by the due date the report gives it; a missed date must be reported.',
    source: 'CCADB Incident Reporting Guidelines 3.2',
    effectiveFrom: '2026-03-20',
    windows: [
      { key: 'action-item.due', label: 'Action item due', obligation: 'MUST', hours: 24, from: 'date' },
    ],
  },
];

/** The version of rule `id` in force at `at`; undefined before its first version (no clock then). */
export function ruleInForce(
  id: RuleId,
  at: number,
  versions: readonly RuleVersion[] = RULE_VERSIONS,
): RuleVersion | undefined {
  let found: RuleVersion | undefined;
  for (const v of versions) {
    if (v.id !== id || utcDay(v.effectiveFrom) > at) continue;
    if (found === undefined || v.effectiveFrom > found.effectiveFrom) found = v;
  }
  return found;
}
