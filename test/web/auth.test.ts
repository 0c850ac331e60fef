import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SESSION_COOKIE } from '../../src/web/auth.js';
import { Browser, type Desk, openDesk, PASSWORD, setCookie } from './desk.js';

let clients = 0;
/** A browser from its own address, so the sign-in rate limit of one test does not reach the next. */
const client = (desk: Desk) => new Browser(desk.app, `192.0.2.${++clients}`);

async function signIn(browser: Browser, email: string, password: string, next?: string) {
  await browser.get(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  return browser.post('/login', { email, password, ...(next && { next }) });
}

describe('sign-in', () => {
  let desk: Desk;
  before(async () => {
    desk = await openDesk();
    await desk.user('staff', 'ann@ca.example');
  });
  after(() => desk.close());

  it('signs in with the right password, sets a safe session cookie, and signs out', async () => {
    const browser = new Browser(desk.app);
    const login = await browser.get('/login');
    assert.equal(login.statusCode, 200);
    assert.match(login.body, /name="_csrf"/);
    const r = await browser.post('/login', { email: 'ANN@ca.example', password: PASSWORD });
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/board');
    const cookie = setCookie(r, SESSION_COOKIE);
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    assert.match(cookie, /Max-Age=43200/);
    assert.doesNotMatch(cookie, /Secure/i, 'plain http on loopback: a Secure cookie would never come back');

    const cases = await browser.get('/cases');
    assert.equal(cases.statusCode, 200);
    assert.match(cases.body, /ann@ca\.example/);

    const out = await browser.post('/logout');
    assert.equal(out.statusCode, 303);
    assert.equal(browser.has(SESSION_COOKIE), false);
    const afterwards = await browser.get('/cases');
    assert.equal(afterwards.statusCode, 303);
    assert.equal(afterwards.headers.location, '/login?next=%2Fcases');

    const actions = await desk.store.db
      .selectFrom('audit_log')
      .select(['action', 'ip'])
      .where('action', 'like', 'log%')
      .execute();
    assert.deepEqual(actions, [
      { action: 'login.success', ip: '127.0.0.1' },
      { action: 'logout', ip: '127.0.0.1' },
    ]);
  });

  it('answers a wrong password and an unknown address with the same words, and audits the failure', async () => {
    const wrong = await signIn(client(desk), 'ann@ca.example', 'not the password');
    const unknown = await signIn(client(desk), 'nobody@ca.example', PASSWORD);
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    const message = (body: string) => /<p class="errors" role="alert">([^<]*)<\/p>/.exec(body)?.[1];
    assert.equal(message(wrong.body), 'Wrong e-mail address or password.');
    assert.equal(message(unknown.body), message(wrong.body));
    const failures = await desk.store.db
      .selectFrom('audit_log')
      .select(['actor_label', 'actor_id'])
      .where('action', '=', 'login.failure')
      .execute();
    assert.deepEqual(failures, [
      { actor_label: 'ann@ca.example', actor_id: null },
      { actor_label: 'nobody@ca.example', actor_id: null },
    ]);
  });

  it('refuses a sign-in without the CSRF token', async () => {
    const browser = client(desk);
    await browser.get('/login');
    const r = await browser.post('/login', { email: 'ann@ca.example', password: PASSWORD }, false);
    assert.equal(r.statusCode, 403);
    assert.equal(browser.has(SESSION_COOKIE), false);
  });

  it('returns to the page asked for, but never to another site', async () => {
    const inside = await signIn(client(desk), 'ann@ca.example', PASSWORD, '/cases?triage=suspected');
    assert.equal(inside.headers.location, '/cases?triage=suspected');
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const r = await signIn(client(desk), 'ann@ca.example', PASSWORD, next);
      assert.equal(r.headers.location, '/board', next);
    }
  });

  it('escapes what was typed when the form is shown again', async () => {
    const r = await signIn(client(desk), '"><script>alert(1)</script>', 'x');
    assert.doesNotMatch(r.body, /<script>alert/);
    assert.match(r.body, /&quot;&gt;&lt;script&gt;/);
  });
});

describe('sign-in limits', () => {
  it('slows down guessing from one address', async () => {
    const desk = await openDesk();
    try {
      await desk.user('staff', 'ann@ca.example');
      const browser = new Browser(desk.app);
      await browser.get('/login');
      const codes: number[] = [];
      for (let i = 0; i < 11; i++)
        codes.push(
          (await browser.post('/login', { email: 'ann@ca.example', password: `guess ${i}` })).statusCode,
        );
      assert.deepEqual(codes, [...Array(10).fill(401), 429]);
      const elsewhere = await desk.app.inject({ method: 'GET', url: '/login', remoteAddress: '192.0.2.9' });
      assert.equal(elsewhere.statusCode, 200);
    } finally {
      await desk.close();
    }
  });

  it('marks the session cookie Secure when the desk is served over https', async () => {
    const desk = await openDesk({ VIGIL_BASE_URL: 'https://cpr.ca.example' });
    try {
      await desk.user('staff', 'ann@ca.example');
      const r = await signIn(new Browser(desk.app), 'ann@ca.example', PASSWORD);
      assert.equal(r.statusCode, 303);
      assert.match(setCookie(r, SESSION_COOKIE) ?? '', /; Secure/i);
    } finally {
      await desk.close();
    }
  });
});
