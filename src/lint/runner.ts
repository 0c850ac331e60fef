import type { Certificate } from '../x509/certificate.js';
import type { Crl } from '../x509/crl.js';
import {
  type CertificateLint,
  type CrlLint,
  type LintResult,
  type Outcome,
  type Status,
  severityOf,
} from './types.js';

/** Results keyed by lint name, in registry order. */
export type LintResults = Record<string, LintResult>;

interface Checks<T> {
  readonly name: string;
  readonly effectiveDate: Date;
  readonly ineffectiveDate?: Date;
  readonly appliesTo: (subject: T) => boolean;
  readonly run: (subject: T) => Outcome;
}

/**
 * Runs lints in zlint's order: a lint that does not apply is NA; one whose rule
 * was not in force at `at` is NE; otherwise its check runs. A lint that throws
 * is a bug in that lint, reported as fatal for it alone.
 */
function runAll<T>(subject: T, lints: readonly Checks<T>[], at: number): LintResults {
  // Without a prototype the record starts as the hash table it becomes anyway
  // with hundreds of names, which spares V8 converting it on every run.
  const results: LintResults = Object.create(null);
  for (const lint of lints) results[lint.name] = runOne(lint, subject, at);
  return results;
}

// Results without details are alike; sharing them spares an allocation per lint.
const NA: LintResult = Object.freeze({ status: 'NA' });
const NE: LintResult = Object.freeze({ status: 'NE' });
const PASS: LintResult = Object.freeze({ status: 'pass' });

function runOne<T>(lint: Checks<T>, subject: T, at: number): LintResult {
  try {
    if (!lint.appliesTo(subject)) return NA;
    if (at < lint.effectiveDate.getTime() || (lint.ineffectiveDate && at >= lint.ineffectiveDate.getTime())) {
      return NE;
    }
    const { status, details, severity } = lint.run(subject);
    if (details === undefined && status !== 'fail') return status === 'pass' ? PASS : NA;
    const final: Status = status === 'fail' ? lowest(severity, severityOf(lint.name)) : status;
    return details === undefined ? { status: final } : { status: final, details };
  } catch (e) {
    return { status: 'fatal', details: `lint failed: ${(e as Error).message}` };
  }
}

const RANK = { notice: 0, warn: 1, error: 2 } as const;

/** An outcome may lower the severity its lint's name sets, never raise it. */
function lowest(asked: 'warn' | 'notice' | undefined, named: 'error' | 'warn' | 'notice'): Status {
  return asked !== undefined && RANK[asked] < RANK[named] ? asked : named;
}

/** Lints a certificate as of `at`, by default its notBefore (as zlint does). */
export function runCertificateLints(
  cert: Certificate,
  lints: readonly CertificateLint[],
  at?: Date,
): LintResults {
  return runAll(cert, lints, at?.getTime() ?? cert.notBefore.ms);
}

/** Lints a CRL as of `at`, by default its thisUpdate. */
export function runCrlLints(crl: Crl, lints: readonly CrlLint[], at?: Date): LintResults {
  return runAll(crl, lints, at?.getTime() ?? crl.thisUpdate.ms);
}
