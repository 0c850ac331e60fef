/**
 * The linter as a library: `import { lintCertificate } from 'vigil/lint'`.
 * Every function returns a report; malformed input is a `fatal` report with
 * the byte offset and reason, never an exception.
 */
import { type LintResults, runCertificateLints, runCrlLints } from '../lint/runner.js';
import type { CertificateLint, CrlLint, Lint, Source } from '../lint/types.js';
import { allLints } from '../lints/index.js';
import {
  type Certificate,
  type CertificateKind,
  type Parsed,
  parseCertificate,
  parseTbsCertificate,
} from '../x509/certificate.js';
import { type Crl, parseCrl } from '../x509/crl.js';
import { parseCsr } from '../x509/csr.js';
import { type DeclaredType, readInputObjects } from './input.js';

export type { LintResults } from '../lint/runner.js';
export type { Lint, LintResult, Status } from '../lint/types.js';
export { allLints };

export type ReportType = CertificateKind | 'crl' | 'csr' | 'unknown';

export interface LintReport {
  readonly type: ReportType;
  /** Set when the input could not be parsed; `results` is then empty. */
  readonly fatal?: { readonly offset: number; readonly reason: string };
  readonly results: LintResults;
  readonly parsed?: Certificate | Crl;
}

export interface LintOptions {
  /** Evaluate every lint as of this date instead of the notBefore / thisUpdate. */
  readonly at?: Date;
  /** The lints to run; all by default. */
  readonly lints?: readonly Lint[];
}

export interface LintSelection {
  /** Names or sources to keep; everything when empty. */
  readonly include?: readonly string[];
  /** Names or sources to drop. */
  readonly exclude?: readonly string[];
}

export function selectLints(
  { include = [], exclude = [] }: LintSelection,
  lints: readonly Lint[] = allLints,
): Lint[] {
  const matches = (lint: Lint, keys: readonly string[]) =>
    keys.includes(lint.name) || keys.includes(lint.source as Source);
  return lints.filter((l) => (include.length === 0 || matches(l, include)) && !matches(l, exclude));
}

const certificateLints = (lints: readonly Lint[]) =>
  lints.filter((l): l is CertificateLint => l.target === 'certificate');
const crlLints = (lints: readonly Lint[]) => lints.filter((l): l is CrlLint => l.target === 'crl');

function fromParsed<T extends Certificate | Crl>(
  parsed: Parsed<T>,
  fallbackType: ReportType,
  lint: (value: T) => LintResults,
): LintReport {
  if (!parsed.ok)
    return { type: fallbackType, fatal: { offset: parsed.offset, reason: parsed.reason }, results: {} };
  return { type: parsed.value.kind, results: lint(parsed.value), parsed: parsed.value };
}

/** Lints a DER certificate or precertificate. */
export function lintCertificate(der: Uint8Array, options: LintOptions = {}): LintReport {
  const lints = certificateLints(options.lints ?? allLints);
  return fromParsed(parseCertificate(der), 'certificate', (c) => runCertificateLints(c, lints, options.at));
}

/** Lints a DER tbsCertificate exactly as the certificate signed from it would be linted. */
export function lintTbsCertificate(der: Uint8Array, options: LintOptions = {}): LintReport {
  const lints = certificateLints(options.lints ?? allLints);
  return fromParsed(parseTbsCertificate(der), 'tbsCertificate', (c) =>
    runCertificateLints(c, lints, options.at),
  );
}

/** Lints a DER CRL. */
export function lintCrl(der: Uint8Array, options: LintOptions = {}): LintReport {
  const lints = crlLints(options.lints ?? allLints);
  return fromParsed(parseCrl(der), 'crl', (c) => runCrlLints(c, lints, options.at));
}

/** A CSR is parsed and checked for well-formedness; no profile lints speak of CSRs yet. */
export function lintCsr(der: Uint8Array): LintReport {
  const parsed = parseCsr(der);
  return parsed.ok
    ? { type: 'csr', results: {} }
    : { type: 'csr', fatal: { offset: parsed.offset, reason: parsed.reason }, results: {} };
}

/** Lints one object of a declared type; for bare DER, whichever parser accepts it. */
export function lintObject(der: Uint8Array, declared: DeclaredType, options: LintOptions = {}): LintReport {
  switch (declared) {
    case 'certificate':
      return lintCertificate(der, options);
    case 'tbsCertificate':
      return lintTbsCertificate(der, options);
    case 'crl':
      return lintCrl(der, options);
    case 'csr':
      return lintCsr(der);
    case 'unknown': {
      const asCert = lintCertificate(der, options);
      if (!asCert.fatal) return asCert;
      const asCrl = lintCrl(der, options);
      if (!asCrl.fatal) return asCrl;
      const asCsr = lintCsr(der);
      return asCsr.fatal ? { ...asCert, type: 'unknown' } : asCsr;
    }
  }
}

/** Every object in a PEM or DER file, each with its report. */
export function lintBytes(bytes: Uint8Array, options: LintOptions & { tbs?: boolean } = {}) {
  const { objects, problems } = readInputObjects(bytes);
  const reports = objects.map((o) => ({
    index: o.index,
    der: o.der,
    report: lintObject(o.der, options.tbs && o.declared !== 'crl' ? 'tbsCertificate' : o.declared, options),
  }));
  return { reports, problems };
}
