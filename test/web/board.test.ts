/** The deadline board (/board), its API (/api/board) and the weekly report page, through the real app. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/store/schema.js';
import { createApiToken } from '../../src/users/tokens.js';
import { addBug, addIncident } from '../alerts/fixtures.js';
import { Browser, type Desk, flat, insertCase, openDesk, T0 } from './desk.js';

const H = 3_600_000;
const DAY = 24 * H;

/** The subjects of the board's rows, in the order shown. */
const rowsOf = (body: string) =>
  [...body.matchAll(/<td data-label="Subject"><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => m[2]);

describe('the deadline board', () => {
  let desk: Desk;
  let alice: User;
  let bob: User;
  let browser: Browser;
  let token: string;
  let incident: number;
  before(async () => {
    desk = await openDesk({ VIGIL_CA_OWNER: 'Example CA', VIGIL_CA_DOMAINS: 'ca.example' });
    alice = await desk.user('staff', 'alice@ca.example');
    bob = await desk.user('reviewer', 'bob@ca.example');
    await insertCase(desk.store, { received_at: T0, owner_id: alice.id });
    incident = await addIncident(desk.store, bob.id, {
      aware_at: T0 - 4 * DAY,
      owner_id: bob.id,
      bug_id: null,
    });
    await addBug(desk.store, { id: 1885754, last_ca_comment_at: T0 - 6 * DAY, creation_time: T0 - 30 * DAY });
    desk.now = T0 + H;
    browser = await Browser.signedIn(desk, alice);
    const created = await createApiToken(
      desk.store.db,
      { name: 'dashboard', userId: bob.id },
      { actor: { type: 'system', id: null, label: 't' }, at: T0 },
    );
    if (!created.ok) assert.fail(created.error);
    token = created.value.token;
  });
  after(() => desk.close());

  it('lists every open clock, most urgent first, its state in colour and in words', async () => {
    const r = await browser.get('/board');
    assert.equal(r.statusCode, 200);
    const body = flat(r.body);
    assert.deepEqual(rowsOf(body), [
      `incident ${incident}`,
      'bug 1885754',
      'case CPR-000001',
      `incident ${incident}`,
    ]);
    assert.match(
      body,
      /<tr class="board-overdue">\s*<td data-label="State"><strong class="state-overdue">overdue<\/strong>/,
    );
    assert.match(body, /<strong class="state-due_soon">due soon<\/strong>/);
    assert.match(body, /<strong class="state-ok">ok<\/strong>/);
    // The countdown reads as on the case queue, and ticks with the same script.
    assert.match(body, /class="state-overdue" data-due="\d+" data-soon="\d+">overdue by 1 d 1 h</);
    assert.match(body, /<script src="\/static\/countdown.js" defer><\/script>/);
    assert.match(
      body,
      /<strong>CCADB IRG 3.2 &quot;When are reports expected\?&quot;<\/strong><br \/><span class="hint">Within 72 hours/,
    );
    assert.match(body, /<a href="\/bugs\/1885754">bug 1885754<\/a>/);
    assert.match(body, /<a href="\/incidents\/\d+">incident \d+<\/a>/);
    assert.match(body, /<a href="\/board">Board<\/a>/, 'in the navigation');
  });

  it('filters by owner or co-owner with a plain GET form', async () => {
    const mine = flat((await browser.get(`/board?owner=${alice.id}`)).body);
    assert.deepEqual(rowsOf(mine), ['case CPR-000001']);
    assert.match(mine, new RegExp(`<option value="${alice.id}"\\s+selected>`));
    assert.deepEqual(rowsOf(flat((await browser.get('/board?owner=none')).body)), ['bug 1885754']);
    assert.equal(rowsOf(flat((await browser.get('/board?owner=')).body)).length, 4);
  });

  it('is for staff only', async () => {
    const r = await desk.app.inject({ method: 'GET', url: '/board' });
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/login?next=%2Fboard');
  });

  it('gives API tokens the same list as JSON', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const r = await desk.app.inject({ method: 'GET', url: '/api/board', headers: auth });
    assert.equal(r.statusCode, 200);
    const rows = r.json() as Record<string, unknown>[];
    assert.deepEqual(
      rows.map((row) => [row.subject, row.kind, row.dueAt, row.state]),
      [
        [`incident ${incident}`, 'incident.first-report', '2026-11-22T09:00:00.000Z', 'overdue'],
        ['bug 1885754', 'bug.update', '2026-11-24T09:00:00.000Z', 'due-soon'],
        ['case CPR-000001', 'cpr.preliminary-report', '2026-11-24T09:00:00.000Z', 'ok'],
        [`incident ${incident}`, 'incident.full-report', '2026-12-03T09:00:00.000Z', 'ok'],
      ],
    );
    assert.deepEqual(Object.keys(rows[0] ?? {}).slice(0, 6), [
      'subject',
      'kind',
      'rule',
      'citation',
      'dueAt',
      'state',
    ]);
    const bobs = await desk.app.inject({
      method: 'GET',
      url: '/api/board?owner=Bob@CA.example',
      headers: auth,
    });
    assert.equal((bobs.json() as unknown[]).length, 2);
    assert.equal((await desk.app.inject({ method: 'GET', url: '/api/board' })).statusCode, 401);
    const unknown = await desk.app.inject({
      method: 'GET',
      url: '/api/board?owner=x@y.example',
      headers: auth,
    });
    assert.equal(unknown.statusCode, 404);
  });

  it('shows the weekly report, and refuses a week that is not one', async () => {
    const r = await browser.get('/reports/weekly');
    assert.equal(r.statusCode, 200);
    const body = flat(r.body);
    assert.match(body, /<h1>Weekly report 2026-W48<\/h1>/);
    for (const section of [
      'Due in the next 7 days',
      'Overdue now',
      'Slipped in the last 7 days',
      'Open incidents',
    ])
      assert.match(body, new RegExp(`<h2>${section}</h2>`));
    assert.match(body, /incident \d+: First incident report, overdue by 1 d 1 h/);
    assert.equal((await browser.get('/reports/weekly?week=2026-W60')).statusCode, 400);
    assert.equal((await browser.get('/reports/weekly?week=2027-W01')).statusCode, 400, 'not begun');
    assert.equal((await browser.get('/reports/weekly?week=2026-W47')).statusCode, 200);
  });
});
