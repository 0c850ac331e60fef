/**
 * BR 4.9.5 is met when the preliminary report has reached the reporter and the subscriber, not when
 * it was queued. The report goes through the real outbox to a real SMTP relay (the sink), which
 * refuses one address for good; the clock, the alerts and the case page follow what the relay did.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sweepAlerts } from '../../src/alerts/sweeper.js';
import { sendReport } from '../../src/cpr/workflow.js';
import type { Case, User } from '../../src/store/schema.js';
import { clocksOf } from '../../src/web/caseClocks.js';
import { type SmtpSink, startSmtpSink } from '../support/smtpSink.js';
import {
  approvedReport,
  as,
  Browser,
  deliverAll,
  type Desk,
  flat,
  insertCase,
  openDesk,
  T0,
  value,
} from './desk.js';

const H = 3_600_000;
const REFUSING = 'pki@refusing.example';

describe("the preliminary report's delivery", () => {
  let desk: Desk;
  let staff: User;
  let reviewer: User;
  let sink: SmtpSink;
  before(async () => {
    desk = await openDesk();
    staff = await desk.user('staff');
    reviewer = await desk.user('reviewer');
    sink = await startSmtpSink();
    sink.refused.add(REFUSING);
  });
  after(async () => {
    await desk.close();
    await sink.close();
  });

  /** A case received at T0 whose approved report is queued for the reporter and `subscriber` at T0 + 1 h. */
  async function queuedReport(subscriber: string): Promise<Case> {
    const c = await insertCase(desk.store, { subscriber_contact: subscriber, owner_id: staff.id });
    await approvedReport(desk.store, c.id, as(staff, T0 + H), as(reviewer, T0 + H));
    value(await sendReport(desk.store.db, c.id, as(staff, T0 + H)));
    return c;
  }

  const reportClock = async (c: Case) =>
    (await clocksOf(desk.store.db, c)).find((d) => d.key === 'cpr.preliminary-report');

  const alertsOf = (c: Case) =>
    desk.store.db.selectFrom('alerts').select('key').where('case_id', '=', c.id).execute();

  const sweep = (at: number) => sweepAlerts({ store: desk.store, config: desk.app.services.config }, at);

  it('keeps the clock running and the alerts firing while a copy is refused, and warns on the case page', async () => {
    const c = await queuedReport(REFUSING);
    await deliverAll(desk.store, sink, T0 + 2 * H);
    assert.equal((await reportClock(c))?.metAt, null);

    await sweep(T0 + 12 * H);
    assert.equal((await alertsOf(c)).length, 1, 'the 50 % alert fires as if nothing was sent');

    desk.now = T0 + 25 * H;
    const browser = await Browser.signedIn(desk, staff);
    const page = flat((await browser.get(`/cases/${c.id}`)).body);
    assert.match(page, /Queued for sending 2026-11-23 10:00 UTC/);
    assert.match(page, /<li>reporter@example\.org:<span class="state-ok">sent 2026-11-23 11:00 UTC<\/span>/);
    assert.match(page, /<li>pki@refusing\.example:<strong class="error">refused: [^<]*550[^<]*<\/strong>/);
    assert.match(page, /role="alert"><strong>The report did not reach pki@refusing\.example:<\/strong>/);
    assert.match(page, /class="state-overdue"[^>]*>overdue by 1 h</);

    const close = await browser.post(`/cases/${c.id}/close`);
    assert.equal(close.statusCode, 409);
    assert.match(flat(close.body), /role="alert">the preliminary report has not reached every recipient yet/);
  });

  it('ends the clock when the relay took the last copy, not when the report was queued', async () => {
    const c = await queuedReport('pki@subscriber.example');
    assert.equal((await reportClock(c))?.metAt, null, 'queued is not sent');
    await deliverAll(desk.store, sink, T0 + 3 * H);
    assert.equal((await reportClock(c))?.metAt, T0 + 3 * H);

    await sweep(T0 + 30 * H);
    assert.deepEqual(await alertsOf(c), [], 'a met deadline raises no alert');

    desk.now = T0 + 30 * H;
    const page = flat((await (await Browser.signedIn(desk, staff)).get(`/cases/${c.id}`)).body);
    assert.match(page, /class="state-met">met 2026-11-23 12:00 UTC</);
    assert.match(
      page,
      /<li>pki@subscriber\.example:<span class="state-ok">sent 2026-11-23 12:00 UTC<\/span>/,
    );
    assert.doesNotMatch(page, /did not reach/);
  });
});
