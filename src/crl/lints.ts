/** The linter's CRL lints, their findings as problems with each lint's citation. */
import { allLints, type Lint, lintCrl, selectLints } from '../linter/index.js';
import { type CrlProblem, problem } from './problem.js';

/**
 * These two decide "subscriber or CA CRL" from the IssuingDistributionPoint alone, so they call a
 * root's 12-month CRL without one an error. The watch knows the issuer and checks the same limits
 * with the right scope (timing.ts, crl_validity_too_long).
 */
const SCOPE_BLIND = ['e_crl_validity_period_too_long', 'e_crl_next_update_invalid'];

const CRL_LINTS: readonly Lint[] = selectLints({ exclude: SCOPE_BLIND }).filter((l) => l.target === 'crl');
const BY_NAME = new Map(allLints.map((l) => [l.name, l]));

export function lintProblems(der: Uint8Array): CrlProblem[] {
  const problems: CrlProblem[] = [];
  for (const [name, { status, details }] of Object.entries(lintCrl(der, { lints: CRL_LINTS }).results)) {
    if (status !== 'notice' && status !== 'warn' && status !== 'error' && status !== 'fatal') continue;
    const lint = BY_NAME.get(name);
    problems.push(
      problem(
        status === 'fatal' ? 'error' : status,
        name,
        lint?.citation ?? '',
        details ?? lint?.description ?? name,
      ),
    );
  }
  return problems;
}
