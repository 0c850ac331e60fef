import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Actor } from '../../src/store/audit.js';
import type { Store } from '../../src/store/database.js';
import { openDatabase } from '../../src/store/database.js';
import { endSession, SESSION_TTL_MS, sessionUser, startSession } from '../../src/users/sessions.js';
import { secretHash } from '../../src/users/secret.js';
import { apiTokenHolder, createApiToken, revokeApiToken } from '../../src/users/tokens.js';
import { authenticate, createUser, disableUser } from '../../src/users/users.js';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const ADMIN: Actor = { type: 'system', id: null, label: 'test' };
const by = (at = T0) => ({ actor: ADMIN, at });
const PASSWORD = 'correct horse battery staple';

describe('accounts, sessions and API tokens', () => {
  let store: Store;
  before(async () => {
    store = await openDatabase('sqlite::memory:');
  });
  after(() => store.close());

  async function user(email: string) {
    const created = await createUser(
      store.db,
      { email, name: email, role: 'staff', password: PASSWORD },
      by(),
    );
    if (!created.ok) assert.fail(created.error);
    return created.value;
  }

  it('creates an account once per address, case-insensitively, and audits it', async () => {
    const alice = await user('Alice@CA.example ');
    assert.equal(alice.email, 'alice@ca.example');
    assert.notEqual(alice.password_hash, PASSWORD);
    const twice = await createUser(
      store.db,
      { email: 'alice@ca.example', name: 'A', role: 'admin', password: PASSWORD },
      by(),
    );
    assert.deepEqual(twice, { ok: false, error: 'an account for alice@ca.example exists already' });
    const weak = await createUser(
      store.db,
      { email: 'bob@ca.example', name: 'B', role: 'staff', password: 'short' },
      by(),
    );
    assert.equal(weak.ok, false);
    const audit = await store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.create')
      .execute();
    assert.deepEqual(
      audit.map((a) => [a.subject_id, a.actor_label]),
      [[alice.id, 'test']],
    );
  });

  it('authenticates with the right password only, and never a disabled account', async () => {
    const carol = await user('carol@ca.example');
    assert.equal((await authenticate(store.db, 'CAROL@ca.example', PASSWORD))?.id, carol.id);
    assert.equal(await authenticate(store.db, 'carol@ca.example', 'wrong password!'), null);
    assert.equal(await authenticate(store.db, 'nobody@ca.example', PASSWORD), null);
    const token = await startSession(store.db, carol.id, T0, null);
    assert.equal(await disableUser(store.db, carol.id, by()), true);
    assert.equal(await authenticate(store.db, 'carol@ca.example', PASSWORD), null);
    assert.equal(await sessionUser(store.db, token, T0), null, 'disabling ends sessions');
    assert.equal(await disableUser(store.db, carol.id, by()), false);
  });

  it('keeps sessions for 12 hours, stores only their hash, and ends them on sign-out', async () => {
    const dave = await user('dave@ca.example');
    const token = await startSession(store.db, dave.id, T0, '192.0.2.7');
    assert.match(token, /^[\w-]{43}$/);
    const rows = await store.db.selectFrom('sessions').selectAll().where('user_id', '=', dave.id).execute();
    assert.deepEqual(
      rows.map((r) => [r.token_hash, r.expires_at]),
      [[secretHash(token), T0 + SESSION_TTL_MS]],
    );
    assert.equal(SESSION_TTL_MS, 12 * 3_600_000);
    assert.equal((await sessionUser(store.db, token, T0 + SESSION_TTL_MS - 1))?.id, dave.id);
    assert.equal(await sessionUser(store.db, token, T0 + SESSION_TTL_MS), null);
    assert.equal(await sessionUser(store.db, secretHash(token), T0), null, 'the stored hash opens nothing');
    await endSession(store.db, token);
    assert.equal(await sessionUser(store.db, token, T0), null);
  });

  it('recognises API tokens by hash, records their use, and stops them when revoked', async () => {
    const erin = await user('erin@ca.example');
    const created = await createApiToken(store.db, { name: 'pipeline', userId: erin.id }, by());
    if (!created.ok) assert.fail(created.error);
    const { id, token } = created.value;
    assert.match(token, /^vigil_[\w-]{43}$/);
    const row = await store.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.token_hash, secretHash(token));
    assert.equal(row.last_used_at, null);

    const holder = await apiTokenHolder(store.db, token, T0 + 5);
    assert.deepEqual([holder?.token, holder?.user.email], [{ id, name: 'pipeline' }, 'erin@ca.example']);
    const used = await store.db
      .selectFrom('api_tokens')
      .select('last_used_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(used.last_used_at, T0 + 5);
    assert.equal(await apiTokenHolder(store.db, `${token}x`, T0), null);

    assert.equal(await revokeApiToken(store.db, id, by()), true);
    assert.equal(await apiTokenHolder(store.db, token, T0), null);
  });

  it('stops the tokens of a disabled account', async () => {
    const frank = await user('frank@ca.example');
    const created = await createApiToken(store.db, { name: 'ci', userId: frank.id }, by());
    if (!created.ok) assert.fail(created.error);
    await disableUser(store.db, frank.id, by());
    assert.equal(await apiTokenHolder(store.db, created.value.token, T0), null);
  });
});
