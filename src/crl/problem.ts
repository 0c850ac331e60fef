/** What a CRL check found: one shape for lint results, signature, timing and revocation findings. */

export type Severity = 'error' | 'warn' | 'notice';

export interface CrlProblem {
  /** A lint name (`e_crl_…`) or the watch's own code (`crl_stale`, …). */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The rule broken, document and section: 'BR 4.9.7', 'RFC 5280 5.1.2.5'. */
  readonly rule: string;
}

export const problem = (severity: Severity, code: string, rule: string, message: string): CrlProblem => ({
  code,
  severity,
  message,
  rule,
});

export const hasError = (problems: readonly CrlProblem[]): boolean =>
  problems.some((p) => p.severity === 'error');
