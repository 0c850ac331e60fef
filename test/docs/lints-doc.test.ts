import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { formatLintMarkdown } from '../../src/cli/lintFormat.js';
import { allLints } from '../../src/linter/index.js';

describe('docs/lints.md', () => {
  it('lists exactly the registered lints (regenerate with: npm run docs:lints)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../docs/lints.md'), 'utf8');
    assert.equal(committed, formatLintMarkdown(allLints));
  });
  it('every lint cites its rule and has a description', () => {
    for (const l of allLints) {
      assert.ok(l.citation.trim().length > 0, `${l.name} has no citation`);
      assert.ok(l.description.trim().length > 0, `${l.name} has no description`);
      assert.match(l.name, /^[ewn]_[A-Za-z0-9_-]+$/, `${l.name} does not follow the e_/w_/n_ naming`);
    }
  });
  it('lint names are unique', () => {
    assert.equal(new Set(allLints.map((l) => l.name)).size, allLints.length);
  });
});
