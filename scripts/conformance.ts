/**
 * Compares Vigil's lints with zlint's own test expectations, for every lint
 * that shares a zlint name. Reads ../shared/conformance/zlint when present
 * (the corpus is never part of the project). Usage: npm run conformance [-- NAME…]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Status } from '../src/lint/types.js';
import { allLints, lintCertificate, lintCrl } from '../src/linter/index.js';
import { readInputObjects } from '../src/linter/input.js';

const corpus = resolve(process.env.VIGIL_ZLINT_CORPUS ?? '../shared/conformance/zlint');
if (!existsSync(join(corpus, 'expectations.tsv'))) {
  console.error(`no zlint corpus at ${corpus} (set VIGIL_ZLINT_CORPUS)`);
  process.exit(2);
}

/** zlint prints notices as 'info'. */
const asZlint = (s: Status): string => (s === 'notice' ? 'info' : s);
const only = process.argv.slice(2);
const byName = new Map(allLints.map((l) => [l.name, l]));
const rows = readFileSync(join(corpus, 'expectations.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string]);

const perLint = new Map<string, { agree: number; total: number }>();
const disagreements: string[] = [];
for (const [name, file, expected] of rows) {
  const lint = byName.get(name);
  if (!lint || (only.length > 0 && !only.includes(name))) continue;
  const { objects } = readInputObjects(new Uint8Array(readFileSync(join(corpus, 'testdata', file))));
  const der = objects[0]?.der;
  let got: string;
  if (!der) got = 'no PEM block';
  else {
    const report =
      lint.target === 'crl' ? lintCrl(der, { lints: [lint] }) : lintCertificate(der, { lints: [lint] });
    got = report.fatal
      ? `unparsed (${report.fatal.reason} @${report.fatal.offset})`
      : asZlint(report.results[name]?.status ?? 'NA');
    if (!report.fatal && got !== expected && report.results[name]?.details)
      got += ` (${report.results[name]?.details})`;
  }
  const entry = perLint.get(name) ?? { agree: 0, total: 0 };
  entry.total++;
  if (got === expected) entry.agree++;
  else disagreements.push(`${name}\t${file}\texpected ${expected}\tgot ${got}`);
  perLint.set(name, entry);
}

let agree = 0;
let total = 0;
for (const [name, e] of [...perLint].sort()) {
  agree += e.agree;
  total += e.total;
  console.log(`${e.agree === e.total ? 'ok  ' : 'DIFF'} ${name}: ${e.agree}/${e.total}`);
}
if (disagreements.length) console.log(`\nDisagreements:\n${disagreements.join('\n')}`);
const shared = new Set(rows.map((r) => r[0]));
const implemented = [...byName.keys()].filter((n) => shared.has(n)).length;
console.log(
  `\nTotal: ${agree}/${total} rows agree (${total ? ((100 * agree) / total).toFixed(1) : '0'} %) over ${perLint.size} lints; ` +
    `${implemented} of zlint's ${shared.size} listed lints implemented, ${allLints.length} Vigil lints in all.`,
);
