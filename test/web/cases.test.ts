import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/store/schema.js';
import { addReportCopy } from '../alerts/fixtures.js';
import { Browser, type Desk, flat, insertCase, openDesk, T0 } from './desk.js';

const HOUR = 3_600_000;
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

/** The case links of the queue, in the order shown. */
const queueOrder = (body: string) =>
  [...body.matchAll(/<a href="\/cases\/(\d+)">CPR-/g)].map((m) => Number(m[1]));

describe('the case queue', () => {
  let desk: Desk;
  let staff: User;
  let browser: Browser;
  const ids = { fresh: 0, overdue: 0, soon: 0, met: 0, dismissed: 0, closed: 0 };
  before(async () => {
    desk = await openDesk();
    staff = await desk.user('staff');
    // Received at different times; "now" is T0 + 20 h.
    ids.fresh = (await insertCase(desk.store, { received_at: T0 + 19 * HOUR })).id;
    ids.overdue = (await insertCase(desk.store, { received_at: T0 - 5 * HOUR, owner_id: staff.id })).id;
    ids.soon = (await insertCase(desk.store, { received_at: T0 })).id;
    ids.met = (await insertCase(desk.store, { received_at: T0 - 10 * HOUR })).id;
    await addReportCopy(desk.store, ids.met, 'reporter@example.org', { state: 'sent', at: T0 });
    ids.dismissed = (await insertCase(desk.store, { triage: 'dismissed', received_at: T0 - 48 * HOUR })).id;
    ids.closed = (await insertCase(desk.store, { status: 'closed', closed_at: T0 })).id;
    desk.now = T0 + 20 * HOUR;
    browser = await Browser.signedIn(desk, staff);
  });
  after(() => desk.close());

  it('lists open cases, most urgent clock first, each clock coloured by its state', async () => {
    const r = await browser.get('/cases');
    assert.equal(r.statusCode, 200);
    const body = flat(r.body);
    assert.deepEqual(queueOrder(body), [ids.overdue, ids.soon, ids.fresh, ids.dismissed, ids.met]);
    assert.match(body, /class="state-overdue" data-due="\d+" data-soon="\d+">overdue by 1 h</);
    assert.match(body, /class="state-due_soon"[^>]*>due in 4 h</);
    assert.match(body, /class="state-ok"[^>]*>due in 23 h</);
    assert.match(body, /class="state-met">met 2026-11-23 09:00 UTC</);
    assert.match(body, /<script src="\/static\/countdown\.js" defer><\/script>/);
    assert.match(body, new RegExp(`data-now="${desk.now}"`));
  });

  it('filters by owner and by triage', async () => {
    assert.deepEqual(queueOrder((await browser.get(`/cases?owner=${staff.id}`)).body), [ids.overdue]);
    assert.deepEqual(queueOrder((await browser.get('/cases?triage=dismissed')).body), [ids.dismissed]);
    assert.equal(queueOrder((await browser.get('/cases?owner=none')).body).includes(ids.overdue), false);
    assert.equal(
      queueOrder((await browser.get('/cases?triage=bogus')).body).length,
      5,
      'a bad filter shows all',
    );
  });

  it('serves the countdown script from its own route', async () => {
    const r = await desk.app.inject({ method: 'GET', url: '/static/countdown.js' });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^text\/javascript/);
    assert.match(r.body, /data-due/);
  });
});

describe('a case page', () => {
  let desk: Desk;
  let staff: User;
  let reviewer: User;
  before(async () => {
    desk = await openDesk();
    staff = await desk.user('staff');
    reviewer = await desk.user('reviewer');
  });
  after(() => desk.close());

  it('shows everything a reporter sent as inert text', async () => {
    const c = await insertCase(desk.store, {
      subject: HOSTILE,
      body: `Please look. ${HOSTILE}`,
      reporter_email: '"<b>x</b>"@example.org',
      reporter_name: HOSTILE,
      classification: JSON.stringify({
        score: 6,
        reasons: [
          {
            feature: 'misissuance',
            weight: 5,
            reason: 'Says a certificate was mis-issued',
            evidence: HOSTILE,
          },
        ],
      }),
    });
    await desk.store.db
      .insertInto('inbound_messages')
      .values({
        received_at: T0,
        channel: 'smtp',
        envelope_from: HOSTILE,
        envelope_to: 'cpr@ca.example',
        remote_address: '192.0.2.1',
        raw: Buffer.from(`Subject: hi\r\nContent-Type: text/html\r\n\r\n${HOSTILE}`),
        size: 100,
        state: 'processed',
        claimed_by: null,
        claim_expires_at: null,
        attempts: 1,
        error: null,
        case_id: c.id,
      })
      .execute();
    const browser = await Browser.signedIn(desk, staff);
    const r = await browser.get(`/cases/${c.id}`);
    assert.equal(r.statusCode, 200);
    assert.doesNotMatch(r.body, /<script>alert|<img src=x/);
    assert.match(r.body, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    assert.match(r.body, /Says a certificate was mis-issued/);
    assert.match(r.body, /Content-Type: text\/html/, 'the raw message is shown as text');
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
  });

  it('shows the deadlines with rule, citation, due time and state, and a linked certificate with its lint errors', async () => {
    const c = await insertCase(desk.store, { revocation_reason: 3, revocation_decided_at: T0 + HOUR });
    await desk.store.db
      .insertInto('case_certificates')
      .values({
        case_id: c.id,
        kind: 'pem',
        value: 'cd'.repeat(32),
        source: 'attachment cert.pem',
        sha256: 'cd'.repeat(32),
        der: null,
        subject: 'CN=shop.example',
        issuer: 'CN=Issuing CA',
        serial: '0a1b',
        not_before: T0 - 100 * HOUR,
        not_after: T0 + 1000 * HOUR,
        lint_results: JSON.stringify({
          e_dnsname_bad_character_in_label: { status: 'error', details: 'bad label' },
        }),
        lint_errors: 1,
        added_at: T0,
      })
      .execute();
    desk.now = T0 + 2 * HOUR;
    const r = await (await Browser.signedIn(desk, staff)).get(`/cases/${c.id}`);
    const body = flat(r.body);
    assert.match(body, /<strong>BR 4\.9\.5<\/strong>/);
    assert.match(body, /<strong>BR 4\.9\.1\.1, 4\.9\.5<\/strong>/);
    assert.match(body, /2026-11-24 09:00 UTC/);
    assert.match(body, /class="state-ok"[^>]*>due in 22 h</);
    assert.match(body, /CN=shop\.example/);
    assert.match(body, /e_dnsname_bad_character_in_label/);
    assert.match(body, /bad label/);
    assert.match(body, /CRL reason keyCompromise/);
  });

  it('runs no revocation clock for short-lived certificates, as the alert sweeper does', async () => {
    const c = await insertCase(desk.store, { revocation_reason: 3, revocation_decided_at: T0 });
    await desk.store.db
      .insertInto('case_certificates')
      .values({
        case_id: c.id,
        kind: 'sha256',
        value: 'ef'.repeat(32),
        source: 'body',
        sha256: 'ef'.repeat(32),
        der: null,
        subject: 'CN=short.example',
        issuer: null,
        serial: null,
        not_before: T0 - 24 * HOUR,
        not_after: T0 + 5 * 24 * HOUR,
        lint_results: null,
        lint_errors: 0,
        added_at: T0,
      })
      .execute();
    const body = flat((await (await Browser.signedIn(desk, staff)).get(`/cases/${c.id}`)).body);
    assert.match(body, /<strong>BR 4\.9\.5<\/strong>/);
    assert.doesNotMatch(body, /<strong>BR 4\.9\.1\.1, 4\.9\.5<\/strong>/);
  });

  it('takes a case from triage to a sent preliminary report through its forms, with four eyes', async () => {
    const c = await insertCase(desk.store);
    const page = `/cases/${c.id}`;
    const post = async (browser: Browser, action: string, fields: Record<string, string> = {}) => {
      await browser.get(page);
      return browser.post(`${page}/${action}`, fields);
    };
    const writer = await Browser.signedIn(desk, reviewer);
    assert.equal(
      (await post(writer, 'triage', { triage: 'confirmed', reason: 'Mis-issued: bad SAN.' })).statusCode,
      303,
    );
    assert.equal(
      (await post(writer, 'assign', { owner: String(staff.id), co_owner: String(reviewer.id) })).statusCode,
      303,
    );
    assert.equal(
      (await post(writer, 'subscriber-contact', { contact: 'pki@subscriber.example' })).statusCode,
      303,
    );
    assert.equal((await post(writer, 'revocation', { reason: '12' })).statusCode, 303);
    assert.equal((await post(writer, 'notes', { body: 'Subscriber informed by phone.' })).statusCode, 303);
    assert.equal((await post(writer, 'report/draft')).statusCode, 303);

    const drafted = await writer.get(page);
    const body =
      /<textarea id="report-body" name="body"[^>]*>([^<]*)<\/textarea>/.exec(drafted.body)?.[1] ?? '';
    assert.match(body, /\[\[/, 'the draft has placeholders');
    const filled = body
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\[\[[^\]]*\]\]/g, 'Checked.');
    const subject = /id="report-subject" name="subject" value="([^"]*)"/.exec(drafted.body)?.[1] ?? '';
    assert.equal((await post(writer, 'report/edit', { subject, body: filled })).statusCode, 303);

    // The author, a reviewer, sees no approve button, and approving by hand is refused.
    const own = await writer.get(page);
    assert.doesNotMatch(own.body, /report\/approve/);
    const report = await desk.store.db
      .selectFrom('case_reports')
      .selectAll()
      .where('case_id', '=', c.id)
      .executeTakeFirstOrThrow();
    const version = String(report.updated_at);
    const self = await post(writer, 'report/approve', { version });
    assert.equal(self.statusCode, 403);
    assert.match(self.body, /the author of a report cannot approve it/);

    const second = await Browser.signedIn(desk, await desk.user('reviewer', 'second@ca.example'));
    assert.match((await second.get(page)).body, /report\/approve/);
    assert.equal((await post(second, 'report/approve', { version })).statusCode, 303);
    assert.equal((await post(writer, 'report/send')).statusCode, 303);

    const mail = await desk.store.db
      .selectFrom('outbox')
      .select(['recipients', 'subject'])
      .where('case_id', '=', c.id)
      .execute();
    assert.deepEqual(mail.map((m) => m.recipients).sort(), [
      'pki@subscriber.example',
      'reporter@example.org',
    ]);
    assert.ok(mail.every((m) => m.subject === subject));
    const shown = flat((await writer.get(page)).body);
    assert.match(shown, /Queued for sending 2026-11-23/);
    assert.match(shown, /<li>pki@subscriber\.example:<span class="state-due_soon">queued 2026-11-23/);
    assert.doesNotMatch(
      shown,
      /class="state-met"/,
      'queued is not sent: the clock runs until the relay has it',
    );
    const actions = [
      'case.confirm',
      'case.assign',
      'case.subscriber_contact',
      'case.revocation_decided',
      'case.note',
    ];
    for (const action of [...actions, 'report.draft', 'report.edit', 'report.approve', 'report.send'])
      assert.match(shown, new RegExp(`<td data-label="What">${action.replace('.', '\\.')}</td>`), action);
  });

  it('shows a refused action on the case page with its reason', async () => {
    const c = await insertCase(desk.store);
    const browser = await Browser.signedIn(desk, staff);
    await browser.get(`/cases/${c.id}`);
    const r = await browser.post(`/cases/${c.id}/close`);
    assert.equal(r.statusCode, 409);
    assert.match(flat(r.body), /role="alert">send the preliminary report first/);
    await browser.get(`/cases/${c.id}`);
    const bad = await browser.post(`/cases/${c.id}/revocation`, { reason: 'many' });
    assert.equal(bad.statusCode, 400);
    assert.equal((await browser.get('/cases/999999')).statusCode, 404);
  });
});
