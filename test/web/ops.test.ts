import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addOutboxEmail } from '../alerts/fixtures.js';
import { type Desk, insertCase, openDesk, T0 } from './desk.js';

const HOUR = 3_600_000;

/** Prometheus text format, strictly: every line a comment or `name{labels} value`. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (\S+)$/.exec(
      line,
    );
    assert.ok(m, `not a sample line: ${line}`);
    const value = Number(m[3] === '+Inf' ? Infinity : m[3]);
    assert.ok(!Number.isNaN(value), line);
    samples.set(`${m[1]}${m[2] ?? ''}`, value);
  }
  return samples;
}

describe('health and metrics', () => {
  let desk: Desk;
  before(async () => {
    desk = await openDesk();
  });
  after(() => desk.close());

  it('reports healthy while the database answers', async () => {
    const r = await desk.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { status: 'ok' });
  });

  it('exports request counts by route and status, and the state of the desk read from the database', async () => {
    await desk.app.inject({ method: 'GET', url: '/healthz' });
    await desk.app.inject({ method: 'GET', url: '/cases/17' });
    await desk.app.inject({ method: 'GET', url: '/no/such/page' });
    await desk.app.inject({ method: 'GET', url: '/login' });
    await insertCase(desk.store, { received_at: T0 - 30 * HOUR });
    await insertCase(desk.store, {
      triage: 'confirmed',
      received_at: T0 - 30 * HOUR,
      revocation_reason: 3,
      revocation_decided_at: T0 - 29 * HOUR,
    });
    await insertCase(desk.store, { triage: 'confirmed' });
    await insertCase(desk.store, { triage: 'dismissed', received_at: T0 - 30 * HOUR });
    await insertCase(desk.store, { status: 'closed', received_at: T0 - 30 * HOUR });
    await addOutboxEmail(desk.store, { dedupeKey: 'a', to: 'a@example.org' }, { state: 'pending', at: T0 });
    await addOutboxEmail(desk.store, { dedupeKey: 'b', to: 'b@example.org' }, { state: 'dead', at: T0 });
    await desk.store.db
      .insertInto('inbound_messages')
      .values({
        received_at: T0,
        channel: 'smtp',
        envelope_from: null,
        envelope_to: null,
        remote_address: null,
        raw: Buffer.from('x'),
        size: 1,
        state: 'received',
        claimed_by: null,
        claim_expires_at: null,
        attempts: 0,
        error: null,
        case_id: null,
      })
      .execute();

    const r = await desk.app.inject({ method: 'GET', url: '/metrics' });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    const m = parseMetrics(r.body);
    assert.equal(m.get('vigil_http_requests_total{method="GET",route="/healthz",status="200"}'), 2);
    assert.equal(m.get('vigil_http_requests_total{method="GET",route="/cases/:id",status="303"}'), 1);
    assert.equal(m.get('vigil_http_requests_total{method="GET",route="(unmatched)",status="404"}'), 1);
    assert.equal(m.get('vigil_http_requests_total{method="GET",route="/login",status="200"}'), 1);
    assert.equal(
      m.get('vigil_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}'),
      2,
    );
    assert.equal(m.get('vigil_open_cases{triage="suspected"}'), 1);
    assert.equal(m.get('vigil_open_cases{triage="confirmed"}'), 2);
    assert.equal(m.get('vigil_open_cases{triage="dismissed"}'), 1);
    // Two 30-hour-old reports without a preliminary report, one of them also past its 24 h revocation.
    assert.equal(m.get('vigil_overdue_clocks{clock="cpr.preliminary-report"}'), 2);
    assert.equal(m.get('vigil_overdue_clocks{clock="cpr.revocation"}'), 1);
    assert.equal(m.get('vigil_outbox_messages{state="pending"}'), 1);
    assert.equal(m.get('vigil_outbox_messages{state="dead"}'), 1);
    assert.equal(m.get('vigil_inbound_messages_awaiting'), 1);
  });

  it('keeps the counters of two apps in one process apart', async () => {
    const other = await openDesk();
    try {
      const m = parseMetrics((await other.app.inject({ method: 'GET', url: '/metrics' })).body);
      assert.equal(m.get('vigil_http_requests_total{method="GET",route="/healthz",status="200"}'), undefined);
    } finally {
      await other.close();
    }
  });

  it('reports unavailable when the database does not answer', async () => {
    const broken = await openDesk();
    await broken.store.close();
    try {
      const r = await broken.app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(r.statusCode, 503);
      assert.equal((r.json() as { status: string }).status, 'unavailable');
    } finally {
      await broken.close();
    }
  });
});
