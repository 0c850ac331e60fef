import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/users/password.js';

describe('password hashing', () => {
  it('verifies the right password and refuses any other', async () => {
    const stored = await hashPassword('correct horse battery staple');
    assert.equal(await verifyPassword('correct horse battery staple', stored), true);
    assert.equal(await verifyPassword('correct horse battery stapl', stored), false);
    assert.equal(await verifyPassword('', stored), false);
  });

  it('stores scrypt with its parameters and a fresh salt, never the password', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    assert.match(a, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    assert.notEqual(a, b, 'each hash has its own salt');
    assert.ok(!a.includes('horse'));
  });

  it('verifies hashes made with other parameters, so the cost can be raised later', async () => {
    const stored = await hashPassword('correct horse battery staple');
    const [, , , , salt] = stored.split('$');
    const { scryptSync } = await import('node:crypto');
    const cheaper = scryptSync('another good password', Buffer.from(salt as string, 'base64url'), 32, {
      N: 1024,
      r: 8,
      p: 1,
    });
    const old = ['scrypt', 1024, 8, 1, salt, cheaper.toString('base64url')].join('$');
    assert.equal(await verifyPassword('another good password', old), true);
    assert.equal(await verifyPassword('correct horse battery staple', old), false);
  });

  it('refuses malformed stored values instead of matching them', async () => {
    assert.equal(await verifyPassword('x', 'plain'), false);
    assert.equal(await verifyPassword('x', 'bcrypt$...'), false);
  });

  it('refuses passwords shorter than 12 characters', () => {
    assert.match(passwordProblem('short pass1') ?? '', /at least 12/);
    assert.equal(passwordProblem('twelve chars'), null);
  });
});
