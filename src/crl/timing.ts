/**
 * thisUpdate and nextUpdate against the clock and the rules in force (rules.ts): not issued in the
 * future, not valid for longer than allowed, not past its nextUpdate, and re-issued as often as
 * BR 4.9.7 asks. The 24-hour rule for revocations is revocations.ts's.
 */
import { formatDuration } from '../rules/index.js';
import { MINUTE } from '../rules/time.js';
import type { Crl } from '../x509/crl.js';
import { type CrlProblem, problem } from './problem.js';
import { addLimit, crlRulesAt, describeLimit } from './rules.js';

/** Whose status the CRL gives: BR 4.9.7 and 7.2 hold CRLs of CA certificates to looser limits. */
export type CrlScope = 'subscriber' | 'ca';

export interface TimingFacts {
  readonly now: number;
  readonly scope: CrlScope;
  /**
   * Whether every certificate the CRL covers carries an AIA OCSP pointer (BR 4.9.7: 7 days
   * between CRLs, else 4); undefined when Vigil knows none of those certificates.
   */
  readonly everyCertificateHasOcsp: boolean | undefined;
}

/** Clocks disagree by a little; a thisUpdate this far ahead of ours is not yet "in the future". */
export const CLOCK_SKEW_MS = 5 * MINUTE;

const iso = (ms: number) => new Date(ms).toISOString();

export function timingProblems(crl: Crl, { now, scope, everyCertificateHasOcsp }: TimingFacts): CrlProblem[] {
  const problems: CrlProblem[] = [];
  const thisUpdate = crl.thisUpdate.ms;
  const nextUpdate = crl.nextUpdate?.ms;
  if (thisUpdate > now + CLOCK_SKEW_MS)
    problems.push(
      problem(
        'error',
        'crl_this_update_in_future',
        'RFC 5280 5.1.2.4',
        `thisUpdate ${iso(thisUpdate)} is ${formatDuration(thisUpdate - now)} in the future`,
      ),
    );
  if (nextUpdate !== undefined && now > nextUpdate)
    problems.push(
      problem(
        'error',
        'crl_stale',
        'RFC 5280 5.1.2.5; BR 4.9.7',
        `nextUpdate ${iso(nextUpdate)} passed ${formatDuration(now - nextUpdate)} ago: relying parties have no current CRL`,
      ),
    );
  const rules = crlRulesAt(now);
  if (rules === undefined) return problems;

  const validity = rules.maxValidity[scope];
  if (nextUpdate !== undefined && nextUpdate > addLimit(thisUpdate, validity))
    problems.push(
      problem(
        'error',
        'crl_validity_too_long',
        validity.rule,
        `nextUpdate is ${formatDuration(nextUpdate - thisUpdate)} after thisUpdate; a CRL of ${scope === 'ca' ? 'CA' : 'subscriber'} certificates allows at most ${describeLimit(validity)}`,
      ),
    );

  // Which refresh interval applies depends on facts about the covered certificates. Not knowing
  // them, the 7-day limit is an error and the 4-day one a warning.
  const { refresh } = rules;
  const limits =
    scope === 'ca'
      ? [{ limit: refresh.ca, severity: 'error' as const }]
      : everyCertificateHasOcsp === undefined
        ? [
            { limit: refresh.subscriberWithOcsp, severity: 'error' as const },
            { limit: refresh.subscriber, severity: 'warn' as const },
          ]
        : [
            {
              limit: everyCertificateHasOcsp ? refresh.subscriberWithOcsp : refresh.subscriber,
              severity: 'error' as const,
            },
          ];
  const overdue = limits.find(({ limit }) => now > addLimit(thisUpdate, limit));
  if (overdue)
    problems.push(
      problem(
        overdue.severity,
        'crl_refresh_overdue',
        overdue.limit.rule,
        `the CRL served was issued ${formatDuration(now - thisUpdate)} ago (thisUpdate ${iso(thisUpdate)}); a new one is due at least every ${describeLimit(overdue.limit)}` +
          (everyCertificateHasOcsp === undefined && scope === 'subscriber'
            ? ' (Vigil knows none of the certificates it covers, so cannot tell whether all have an AIA OCSP pointer)'
            : ''),
      ),
    );
  return problems;
}
