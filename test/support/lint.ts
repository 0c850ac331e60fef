import assert from 'node:assert/strict';
import type { Status } from '../../src/lint/types.js';
import { allLints, type LintReport, lintCertificate, lintCrl } from '../../src/linter/index.js';

function byName(name: string) {
  const lint = allLints.find((l) => l.name === name);
  assert.ok(lint, `no lint named ${name} in the registry`);
  return lint;
}

/** Runs one lint on a DER certificate or CRL (chosen by the lint's target) and returns its result. */
export function runLint(name: string, der: Uint8Array, at?: Date) {
  const lint = byName(name);
  const options = at ? { lints: [lint], at } : { lints: [lint] };
  const report: LintReport = lint.target === 'crl' ? lintCrl(der, options) : lintCertificate(der, options);
  assert.equal(report.fatal, undefined, `input did not parse: ${report.fatal?.reason}`);
  const result = report.results[name];
  assert.ok(result, `${name} produced no result`);
  return result;
}

/** Asserts the status one lint gives; the details are shown when it differs. */
export function assertLint(name: string, der: Uint8Array, expected: Status, at?: Date): void {
  const result = runLint(name, der, at);
  assert.equal(
    result.status,
    expected,
    `${name}: expected ${expected}, got ${result.status} (${result.details ?? 'no details'})`,
  );
}
