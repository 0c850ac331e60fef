// The one test command: check the lint index, build, check style, bring up Chromium and PostgreSQL,
// then every test.
// Usage: npm test [-- <path fragment>...] to run only the test files whose path contains a fragment.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDovecot, ensurePostgres } from './test-services.mjs';

function run(cmd, args) {
  const shown = `${cmd} ${args.slice(0, 4).join(' ')}${args.length > 4 ? ' …' : ''}`;
  console.log(`\n> ${shown}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\nfailed: ${shown} (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

const bin = (name) => join('node_modules', '.bin', name);

function testFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return testFiles(p);
    return p.endsWith('.test.js') ? [p] : [];
  });
}

const filter = process.argv.slice(2);
run('node', ['scripts/gen-lint-index.mjs', '--check']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
run(bin('prettier'), ['--check', '--log-level', 'warn', '.']);
run(bin('eslint'), ['.']);
const files = testFiles('dist/test').filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)));
const chromium = ensureChromium();
ensureDovecot();
const postgres = await ensurePostgres();
const env = { ...process.env, VIGIL_TEST_POSTGRES_URL: postgres.url, VIGIL_TEST_CHROMIUM: chromium };
// One process for all files: a process per file costs ~0.5 s each, minutes for the lint suite.
// Asynchronous, unlike the steps above, so that the cluster is stopped afterwards and on a signal.
console.log('\n> node --test-reporter=spec scripts/run-tests.mjs …');
const tests = spawn('node', ['--test-reporter=spec', 'scripts/run-tests.mjs', ...files], {
  stdio: 'inherit',
  env,
});
process.on('exit', () => tests.kill());
const status = await new Promise((resolve) => tests.once('close', (code) => resolve(code ?? 1)));
await postgres.stop();
if (status !== 0) console.error(`\nfailed: the tests (exit ${status})`);
process.exit(status);
