// The one test command: build, check the lint index, style-check, then every test.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function run(cmd, args, env = process.env) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`\nfailed: ${cmd} ${args.join(' ')} (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

function testFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return testFiles(p);
    return p.endsWith('.test.js') ? [p] : [];
  });
}

const filter = process.argv.slice(2);
run('node', ['scripts/gen-lint-index.mjs', '--check']);
run('npx', ['tsc', '-p', 'tsconfig.json']);
run('npx', ['biome', 'check', '.']);
const files = testFiles('dist/test').filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)));
run('node', ['--test', '--test-reporter=spec', ...files]);
