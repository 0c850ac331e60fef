/**
 * The machine API, authenticated by API token: `POST /api/lint` for issuance
 * pipelines (a certificate or tbsCertificate in, the linter's zlint-shaped
 * JSON out) and read-only case data for integrations.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { zlintJson } from '../../cli/lintFormat.js';
import { clocksOf, deadlinesOf } from '../caseClocks.js';
import { formatCaseNumber } from '../../cpr/subject.js';
import { lintBytes } from '../../linter/index.js';
import { clockState, type Deadline } from '../../rules/index.js';
import type { Case } from '../../store/schema.js';
import { requireApiToken } from '../auth.js';

/** A certificate is a few kilobytes; a chain or a large precertificate stays far below this. */
const LINT_BODY_LIMIT = 256 * 1024;
const CASES_LISTED = 500;

const LintQuery = z.object({ type: z.enum(['certificate', 'tbs']).default('certificate') });
const CasesQuery = z.object({ status: z.enum(['open', 'closed', 'all']).default('open') });
const IdParams = z.object({ id: z.coerce.number().int().positive() });

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  const { store, clock } = app.services;
  const db = store.db;
  // In this plugin only: raw bytes for DER, text for PEM, whatever the client calls it
  // (curl --data-binary sends application/x-www-form-urlencoded).
  app.removeContentTypeParser(['application/x-www-form-urlencoded', 'text/plain']);
  app.addContentTypeParser(
    [
      'application/pkix-cert',
      'application/octet-stream',
      'application/x-pem-file',
      'application/x-www-form-urlencoded',
      'text/plain',
    ],
    { parseAs: 'buffer', bodyLimit: LINT_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/lint',
    { preHandler: requireApiToken, bodyLimit: LINT_BODY_LIMIT },
    async (request, reply) => {
      const query = LintQuery.safeParse(request.query);
      if (!query.success) return reply.code(400).send({ error: 'type must be certificate or tbs' });
      if (!Buffer.isBuffer(request.body) || request.body.length === 0)
        return reply
          .code(400)
          .send({ error: 'send the certificate as the request body: DER (application/pkix-cert) or PEM' });
      const { reports, problems } = lintBytes(new Uint8Array(request.body), {
        tbs: query.data.type === 'tbs',
      });
      if (problems.length)
        return reply
          .code(400)
          .send({ error: `the PEM text does not decode: ${problems.map((p) => p.reason).join('; ')}` });
      if (reports.length !== 1)
        return reply.code(400).send({
          error:
            reports.length === 0 ? 'no certificate found in the body' : 'send one certificate per request',
        });
      const { report } = reports[0] as (typeof reports)[number];
      if (report.fatal)
        return reply.code(400).send({
          error: `not a DER ${query.data.type === 'tbs' ? 'tbsCertificate' : 'certificate'}: ${report.fatal.reason} (byte ${report.fatal.offset})`,
        });
      return zlintJson(report);
    },
  );

  app.get('/api/cases', { preHandler: requireApiToken }, async (request, reply) => {
    const query = CasesQuery.safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: 'status must be open, closed or all' });
    let select = db.selectFrom('cases').selectAll().orderBy('id', 'desc').limit(CASES_LISTED);
    if (query.data.status !== 'all') select = select.where('status', '=', query.data.status);
    const cases = await select.execute();
    const deadlines = await deadlinesOf(db, cases);
    const now = clock();
    return { cases: cases.map((c) => caseJson(c, deadlines.get(c.id) ?? [], now)) };
  });

  app.get('/api/cases/:id', { preHandler: requireApiToken }, async (request, reply) => {
    const params = IdParams.safeParse(request.params);
    const c = params.success
      ? await db.selectFrom('cases').selectAll().where('id', '=', params.data.id).executeTakeFirst()
      : undefined;
    if (!c) return reply.code(404).send({ error: 'no such case' });
    const certificates = await db
      .selectFrom('case_certificates')
      .select([
        'kind',
        'value',
        'sha256',
        'subject',
        'issuer',
        'serial',
        'not_before',
        'not_after',
        'lint_errors',
      ])
      .where('case_id', '=', c.id)
      .orderBy('id')
      .execute();
    const deadlines = await clocksOf(db, c);
    return { ...caseJson(c, deadlines, clock()), body: c.body, certificates };
  });
}

function caseJson(c: Case, deadlines: readonly Deadline[], now: number) {
  return {
    id: c.id,
    number: formatCaseNumber(c.id),
    status: c.status,
    receivedAt: new Date(c.received_at).toISOString(),
    channel: c.channel,
    reporter: c.reporter_email,
    subject: c.subject,
    problemType: c.problem_type,
    verdict: c.verdict,
    triage: c.triage,
    revocationReason: c.revocation_reason,
    // Delivered to every recipient: the event that ends the BR 4.9.5 clock.
    preliminaryReportSentAt: iso(deadlines.find((d) => d.key === 'cpr.preliminary-report')?.metAt ?? null),
    revocationPublishedAt: iso(c.revocation_published_at),
    closedAt: iso(c.closed_at),
    deadlines: deadlines.map((d) => ({
      key: d.key,
      label: d.label,
      rule: d.rule,
      obligation: d.obligation,
      dueAt: new Date(d.dueAt).toISOString(),
      metAt: iso(d.metAt),
      state: clockState(d, now),
    })),
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
