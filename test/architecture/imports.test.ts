/**
 * Keeps the import directions of docs/ARCHITECTURE.md true: reads every
 * import in src/ with TypeScript's own pre-processor and checks it against
 * the allowed layers.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const SRC = resolve(import.meta.dirname, '../../../src');

/** Which src/ folders each folder may import from (its own is always allowed). */
const ALLOWED: Record<string, readonly string[]> = {
  der: [],
  x509: ['der'],
  lint: ['der', 'x509'],
  lints: ['der', 'x509', 'lint'],
  linter: ['der', 'x509', 'lint', 'lints'],
  rules: [],
  config: [],
  store: [],
  delivery: ['store', 'config'],
  cli: ['*'],
  web: ['*'],
};
/** Feature folders (cpr, alerts, …) build on these and never on each other. */
const FEATURE_BASE = ['der', 'x509', 'lint', 'lints', 'linter', 'rules', 'config', 'store', 'delivery'];
const PURE = new Set(['der', 'x509', 'lint', 'lints', 'rules']);
/** Data-only packages the pure layers may use. */
const PURE_PACKAGES = new Set(['tlds', 'tldts', 'punycode/punycode.js']);
/** Node built-ins that do no I/O (node:crypto for signature checks of self-signed certificates). */
const PURE_BUILTINS = new Set(['node:buffer', 'node:util', 'node:crypto']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const folderOf = (file: string) => relative(SRC, file).split('/')[0] as string;

describe('import directions', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: spec } of info.importedFiles) {
      const where = `${relative(SRC, file)} imports ${spec}`;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(SRC)) {
          violations.push(`${where}: outside src/`);
          continue;
        }
        const to = folderOf(target);
        const allowed = ALLOWED[from] ?? FEATURE_BASE;
        if (to !== from && !allowed.includes('*') && !allowed.includes(to))
          violations.push(`${where}: ${from} may not import ${to}`);
      } else if (PURE.has(from) && !PURE_PACKAGES.has(spec) && !PURE_BUILTINS.has(spec)) {
        violations.push(`${where}: ${from} does no I/O and imports no framework`);
      }
    }
  }
  it('every import follows the layers', () => assert.deepEqual(violations, []));
  it('the check sees the source tree', () => assert.ok(sourceFiles(SRC).length > 20));
});
