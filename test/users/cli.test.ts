import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase } from '../../src/store/database.js';
import { authenticate } from '../../src/users/users.js';
import { apiTokenHolder } from '../../src/users/tokens.js';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.js');

function vigil(args: string[], env: Record<string, string>, stdin: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      env: { ...process.env, ...env },
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('vigil user add and vigil token add', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'vigil.db')}` };
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the first admin with the password from standard input', async () => {
    const r = await vigil(
      ['user', 'add', '--email', 'root@ca.example', '--name', 'Root', '--role', 'admin'],
      env,
      'a long enough secret\n',
    );
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'created admin root@ca.example\n');
    const store = await openDatabase(env.DATABASE_URL);
    try {
      const user = await authenticate(store.db, 'root@ca.example', 'a long enough secret');
      assert.equal(user?.role, 'admin');
    } finally {
      await store.close();
    }
  });

  it('refuses a weak password, a second account for the address, and an unknown role', async () => {
    const weak = await vigil(['user', 'add', '--email', 'x@ca.example', '--name', 'X'], env, 'short\n');
    assert.equal(weak.code, 1);
    assert.match(weak.stderr, /at least 12 characters/);
    const twice = await vigil(
      ['user', 'add', '--email', 'root@ca.example', '--name', 'R'],
      env,
      'a long enough secret\n',
    );
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /exists already/);
    const role = await vigil(
      ['user', 'add', '--email', 'y@ca.example', '--name', 'Y', '--role', 'god'],
      env,
      '',
    );
    assert.equal(role.code, 2);
  });

  it('prints a new API token once, for an existing account', async () => {
    const r = await vigil(['token', 'add', '--name', 'pipeline', '--user', 'root@ca.example'], env, '');
    assert.equal(r.code, 0, r.stderr);
    const token = r.stdout.trim();
    assert.match(token, /^vigil_[\w-]{43}$/);
    const store = await openDatabase(env.DATABASE_URL);
    try {
      assert.equal((await apiTokenHolder(store.db, token, Date.now()))?.user.email, 'root@ca.example');
    } finally {
      await store.close();
    }
    const nobody = await vigil(['token', 'add', '--name', 'x', '--user', 'ghost@ca.example'], env, '');
    assert.equal(nobody.code, 1);
    assert.match(nobody.stderr, /no active account/);
  });
});
