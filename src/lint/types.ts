import type { Certificate } from '../x509/certificate.js';
import type { Crl } from '../x509/crl.js';

/** Result statuses, in zlint's order of gravity. */
export type Status = 'NA' | 'NE' | 'pass' | 'notice' | 'warn' | 'error' | 'fatal';

/** Where a rule comes from; each source is a folder under src/lints/. */
export type Source = 'rfc' | 'cabf_br' | 'cabf_ev' | 'mozilla' | 'apple' | 'community';

/**
 * What a lint's check returns. A failure takes the severity of the lint's name
 * prefix unless it names a lower one: a lint that checks a MUST and a SHOULD
 * of one rule reports the SHOULD as a warning, as zlint does.
 */
export interface Outcome {
  readonly status: 'pass' | 'fail' | 'NA';
  readonly details?: string;
  readonly severity?: 'warn' | 'notice';
}

export interface LintResult {
  readonly status: Status;
  readonly details?: string;
}

interface LintBase {
  /** `e_`, `w_` or `n_` followed by zlint's name where zlint has the same check. */
  readonly name: string;
  readonly description: string;
  /** Document and section, e.g. 'BRs: 7.1.4.2.1'. */
  readonly citation: string;
  readonly source: Source;
  readonly effectiveDate: Date;
  readonly ineffectiveDate?: Date;
}

export interface CertificateLint extends LintBase {
  readonly target: 'certificate';
  readonly appliesTo: (cert: Certificate) => boolean;
  readonly run: (cert: Certificate) => Outcome;
}

export interface CrlLint extends LintBase {
  readonly target: 'crl';
  readonly appliesTo: (crl: Crl) => boolean;
  readonly run: (crl: Crl) => Outcome;
}

export type Lint = CertificateLint | CrlLint;

export const pass: Outcome = { status: 'pass' };
export const notApplicable: Outcome = { status: 'NA' };

export function fail(details: string): Outcome {
  return { status: 'fail', details };
}

/** A failure below the severity of the lint's name (a SHOULD inside a MUST lint). */
export function failAs(severity: 'warn' | 'notice', details: string): Outcome {
  return { status: 'fail', details, severity };
}

/** Pass when `ok`, else fail with the details. */
export function check(ok: boolean, details: string): Outcome {
  return ok ? pass : { status: 'fail', details };
}

export function severityOf(name: string): 'error' | 'warn' | 'notice' {
  if (name.startsWith('e_')) return 'error';
  if (name.startsWith('w_')) return 'warn';
  return 'notice';
}
