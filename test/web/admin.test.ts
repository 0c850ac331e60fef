import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/store/schema.js';
import { apiTokenHolder } from '../../src/users/tokens.js';
import { authenticate } from '../../src/users/users.js';
import { addOutboxEmail } from '../alerts/fixtures.js';
import { Browser, type Desk, flat, openDesk, T0 } from './desk.js';

describe('administration', () => {
  let desk: Desk;
  let admin: User;
  let browser: Browser;
  before(async () => {
    desk = await openDesk();
    admin = await desk.user('admin');
    browser = await Browser.signedIn(desk, admin);
  });
  after(() => desk.close());

  it('creates accounts with a role, and refuses weak passwords', async () => {
    await browser.get('/admin/users');
    const rita = {
      name: 'Rita',
      email: 'rita@ca.example',
      role: 'reviewer',
      password: 'a long enough secret',
    };
    const weak = await browser.post('/admin/users', { ...rita, password: 'short' });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.body, /at least 12 characters/);
    const badRole = await browser.post('/admin/users', { ...rita, role: 'root' });
    assert.equal(badRole.statusCode, 400);
    const r = await browser.post('/admin/users', rita);
    assert.equal(r.statusCode, 303);
    assert.equal(
      (await authenticate(desk.store.db, 'rita@ca.example', 'a long enough secret'))?.role,
      'reviewer',
    );
    const list = await browser.get('/admin/users');
    assert.match(
      flat(list.body),
      /<td data-label="E-mail">rita@ca\.example<\/td><td data-label="Role">reviewer<\/td>/,
    );
    const entry = await desk.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.create')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(entry.actor_label, admin.email);
  });

  it("disables an account, which signs it out, but not the admin's own", async () => {
    const victim = await desk.user('staff', 'leaver@ca.example');
    const session = await Browser.signedIn(desk, victim);
    assert.equal((await session.get('/cases')).statusCode, 200);
    await browser.get('/admin/users');
    assert.equal((await browser.post(`/admin/users/${victim.id}/disable`)).statusCode, 303);
    assert.equal((await session.get('/cases')).statusCode, 303);
    const self = await browser.post(`/admin/users/${admin.id}/disable`);
    assert.equal(self.statusCode, 409);
  });

  it('shows a new API token once, and revokes it', async () => {
    await browser.get('/admin/tokens');
    const r = await browser.post('/admin/tokens', { name: 'issuance pipeline' });
    assert.equal(r.statusCode, 201);
    assert.equal(r.headers['cache-control'], 'no-store');
    const token = /<pre><code>(vigil_[\w-]+)<\/code><\/pre>/.exec(flat(r.body))?.[1];
    assert.ok(token);
    assert.equal((await apiTokenHolder(desk.store.db, token, T0))?.user.id, admin.id);
    const again = await browser.get('/admin/tokens');
    assert.ok(!again.body.includes(token), 'shown once');
    assert.match(again.body, /issuance pipeline/);
    const { id } = await desk.store.db
      .selectFrom('api_tokens')
      .select('id')
      .where('name', '=', 'issuance pipeline')
      .executeTakeFirstOrThrow();
    assert.equal((await browser.post(`/admin/tokens/${id}/revoke`)).statusCode, 303);
    assert.equal(await apiTokenHolder(desk.store.db, token, T0), null);
  });

  it('shows pending and dead messages of the outbox with their last error', async () => {
    await addOutboxEmail(
      desk.store,
      { dedupeKey: 'p', to: 'a@example.org', subject: 'Waiting' },
      { state: 'pending', at: T0 },
    );
    await addOutboxEmail(
      desk.store,
      { dedupeKey: 'd', to: 'b@example.org', subject: 'Given up' },
      { state: 'dead', at: T0, error: '550 <no such user>' },
    );
    await addOutboxEmail(
      desk.store,
      { dedupeKey: 's', to: 'c@example.org', subject: 'Delivered' },
      { state: 'sent', at: T0 },
    );
    const r = await browser.get('/admin/outbox');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /Waiting/);
    assert.match(r.body, /Given up/);
    assert.match(r.body, /550 &lt;no such user&gt;/);
    assert.doesNotMatch(r.body, /Delivered/);
  });

  it('shows the audit log, newest first', async () => {
    const r = await browser.get('/admin/audit');
    assert.equal(r.statusCode, 200);
    const actions = [...flat(r.body).matchAll(/<td data-label="What">((?:user|token)\.\w+)<\/td>/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(actions.slice(0, 2), ['token.revoke', 'token.create']);
  });
});
