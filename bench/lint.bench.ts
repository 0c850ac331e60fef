/**
 * Linter throughput on one core: parse only, parse + every lint, and Node's
 * own crypto.X509Certificate parse of the same corpus as the yardstick.
 * Usage: npm run bench [-- COUNT]
 */
import { X509Certificate } from 'node:crypto';
import { allLints, lintCertificate } from '../src/linter/index.js';
import { parseCertificate } from '../src/x509/certificate.js';
import { generateCorpus } from './corpus.js';

const count = Number(process.argv[2] ?? 10_000);
const started = performance.now();
const corpus = generateCorpus(count);
const bytes = corpus.reduce((n, c) => n + c.length, 0);
console.log(
  `corpus: ${count} leaf certificates, ${(bytes / 1e6).toFixed(1)} MB, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

/** Best of several rounds, in certificates per second, after one warm-up round. */
function measure(label: string, fn: (der: Uint8Array) => unknown, rounds = 5): number {
  for (const der of corpus) fn(der);
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const der of corpus) fn(der);
    best = Math.max(best, corpus.length / ((performance.now() - t0) / 1000));
  }
  console.log(`${label.padEnd(44)} ${Math.round(best).toLocaleString('en').padStart(10)} certificates/s`);
  return best;
}

let failures = 0;
const node = measure('node crypto.X509Certificate (yardstick)', (der) => new X509Certificate(der).subject);
const parse = measure('vigil parse only', (der) => parseCertificate(der));
const lint = measure(`vigil parse + ${allLints.length} lints`, (der) => {
  const r = lintCertificate(der);
  if (r.fatal) failures++;
});
console.log(`\nratio parse-only / node:        ${(parse / node).toFixed(2)}`);
console.log(`ratio parse+lints / node:       ${(lint / node).toFixed(2)}`);
console.log(
  `target parse+lints >= 10,000/s: ${lint >= 10_000 ? 'met' : 'NOT met'} (${Math.round(lint).toLocaleString('en')}/s on one core)`,
);
console.log(`peak RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; unparsed: ${failures}`);
