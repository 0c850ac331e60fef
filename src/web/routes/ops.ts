/**
 * Operational endpoints: `/healthz` for load balancers and `/metrics` for
 * Prometheus. The metrics registry belongs to this app (several apps in one
 * process, as in tests, never share counters); the gauges are read from the
 * database at scrape time, so every instance reports the shared state.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { clockState } from '../../rules/index.js';
import type { Store } from '../../store/database.js';
import { deadlinesOf } from '../caseClocks.js';

async function ops(app: FastifyInstance): Promise<void> {
  const { store, clock } = app.services;
  const registry = new Registry();
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'vigil_http_requests_total',
    help: 'HTTP requests',
    labelNames,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'vigil_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  registerDatabaseGauges(registry, store, clock);

  // Route patterns, not URLs, keep the label set bounded; unknown paths share one label.
  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? '(unmatched)',
      status: String(reply.statusCode),
    };
    requests.inc(labels);
    durations.observe(labels, reply.elapsedTime / 1000);
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(store.db);
      return { status: 'ok' };
    } catch (error) {
      app.log.error({ err: error }, 'health check: database unreachable');
      return reply.code(503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.get('/metrics', async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
}

/** Hooks of this plugin (the request metrics) apply to every route of the app, not only its own. */
export const opsRoutes = Object.assign(ops, { [Symbol.for('skip-override')]: true });

function registerDatabaseGauges(registry: Registry, store: Store, clock: () => number): void {
  const { db } = store;
  new Gauge({
    name: 'vigil_open_cases',
    help: 'Open cases by triage',
    labelNames: ['triage'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const triage of ['suspected', 'confirmed', 'dismissed'] as const) this.set({ triage }, 0);
      const rows = await db
        .selectFrom('cases')
        .select(['triage', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', '=', 'open')
        .groupBy('triage')
        .execute();
      for (const r of rows) this.set({ triage: r.triage }, Number(r.n));
    },
  });
  new Gauge({
    name: 'vigil_overdue_clocks',
    help: 'Deadlines of open cases that have passed without the event that ends them, by clock',
    labelNames: ['clock'],
    registers: [registry],
    async collect() {
      const now = clock();
      const open = await db.selectFrom('cases').selectAll().where('status', '=', 'open').execute();
      this.reset();
      for (const key of ['cpr.preliminary-report', 'cpr.revocation']) this.set({ clock: key }, 0);
      for (const d of [...(await deadlinesOf(db, open)).values()].flat())
        if (clockState(d, now) === 'overdue') this.inc({ clock: d.key });
    },
  });
  new Gauge({
    name: 'vigil_outbox_messages',
    help: 'Outbound messages not sent: pending (waiting or retrying) and dead (given up)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const rows = await db
        .selectFrom('outbox')
        .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
        .where('state', 'in', ['pending', 'dead'])
        .groupBy('state')
        .execute();
      for (const state of ['pending', 'dead'])
        this.set({ state }, Number(rows.find((r) => r.state === state)?.n ?? 0));
    },
  });
  new Gauge({
    name: 'vigil_inbound_messages_awaiting',
    help: 'Received reports not yet processed into a case',
    registers: [registry],
    async collect() {
      const row = await db
        .selectFrom('inbound_messages')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('state', '=', 'received')
        .executeTakeFirstOrThrow();
      this.set(Number(row.n));
    },
  });
}
