/**
 * The deadline rules as data, each version with the day it took effect. Wording checked against
 * BR 2.2.6. A new version of a rule is one more entry with the same id and a later effectiveFrom;
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
  'cpr.preliminary-report' | 'revocation.24h' | 'revocation.5d' | 'revocation.subordinate-ca';

/** One deadline a rule sets; `key` becomes the Deadline's key. */
export interface RuleWindow {
  key: string;
  label: string;
  obligation: Obligation;
  hours: number;
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
