/** The staff case desk: the queue, one case, and a POST route per workflow action. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { formatCaseNumber } from '../../cpr/subject.js';
import * as workflow from '../../cpr/workflow.js';
import type { Database, Role } from '../../store/schema.js';
import { activeUsers } from '../../users/users.js';
import { requireRole } from '../auth.js';
import { caseRecordsOf, NO_RECORDS } from '../../alerts/facts.js';
import { caseDeadlines, clocksOf, deadlinesOf } from '../caseClocks.js';
import { html } from '../html.js';
import { requestInfo, sendPage, staffUser } from '../staff.js';
import { type CaseDetail, caseDetailView } from '../views/caseDetail.js';
import type { ReportState } from '../views/caseForms.js';
import { byUrgency, type QueueFilter, queueView } from '../views/caseQueue.js';
import { COUNTDOWN_JS, COUNTDOWN_SCRIPT } from '../views/clocks.js';

const CaseParams = z.object({ id: z.coerce.number().int().positive() });
const QueueQuery = z.object({
  owner: z.union([z.literal('none'), z.coerce.number().int().positive(), z.literal('')]).optional(),
  triage: z.enum(['suspected', 'confirmed', 'dismissed', '']).optional(),
});
const optionalId = z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()]);
const Forms = {
  assign: z.object({ owner: optionalId, co_owner: optionalId }),
  note: z.object({ body: z.string() }),
  triage: z.object({ triage: z.enum(['confirmed', 'dismissed']), reason: z.string() }),
  revocation: z.object({ reason: z.coerce.number().int(), subordinate_ca: z.literal('1').optional() }),
  contact: z.object({ contact: z.string() }),
  report: z.object({ subject: z.string(), body: z.string() }),
  approve: z.object({ version: z.coerce.number().int() }),
  /** datetime-local gives minutes (seconds optional) and no zone: the page says UTC. */
  published: z.object({ published_at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/) }),
  none: z.object({}),
};

const STATUS: Record<workflow.Problem, number> = {
  not_found: 404,
  invalid: 400,
  forbidden: 403,
  conflict: 409,
};

export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const { store, clock, config } = app.services;
  const db = store.db;
  const staff = requireRole('staff');

  app.get(COUNTDOWN_SCRIPT, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(COUNTDOWN_JS),
  );

  app.get('/cases', { preHandler: staff }, async (request, reply) => {
    const query = QueueQuery.safeParse(request.query);
    const filter: QueueFilter = {
      owner:
        query.success && query.data.owner !== undefined && query.data.owner !== '' ? query.data.owner : null,
      triage: query.success && query.data.triage ? query.data.triage : null,
    };
    let select = db.selectFrom('cases').selectAll().where('status', '=', 'open');
    if (filter.owner === 'none') select = select.where('owner_id', 'is', null);
    else if (filter.owner !== null) select = select.where('owner_id', '=', filter.owner);
    if (filter.triage !== null) select = select.where('triage', '=', filter.triage);
    const cases = await select.execute();
    const deadlines = await deadlinesOf(db, cases);
    const rows = cases.map((c) => ({ case: c, deadlines: deadlines.get(c.id) ?? [] })).sort(byUrgency);
    return sendPage(request, reply, 'Open cases', queueView(rows, await activeUsers(db), filter, clock()));
  });

  app.get('/cases/:id', { preHandler: staff }, async (request, reply) => {
    const params = CaseParams.safeParse(request.params);
    return showCase(request, reply, params.success ? params.data.id : 0, null, 200);
  });

  async function showCase(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    error: string | null,
    status: number,
  ) {
    const detail = await loadCase(db, id);
    if (!detail) return sendPage(request, reply, 'No such case', html`<p>There is no case ${id}.</p>`, 404);
    return sendPage(
      request,
      reply,
      `${formatCaseNumber(id)}: ${detail.case.subject.slice(0, 80)}`,
      caseDetailView(detail, staffUser(request), reply.generateCsrf(), clock(), error),
      status,
    );
  }

  /** One POST route per action: parse the form, run the workflow, show the case again. */
  function action<S extends z.ZodType>(
    path: string,
    role: Role,
    schema: S,
    run: (id: number, form: z.infer<S>, ctx: workflow.StaffContext) => Promise<workflow.Outcome<unknown>>,
    anchor: string,
  ): void {
    app.post(
      `/cases/:id/${path}`,
      { preHandler: [requireRole(role), app.csrfProtection] },
      async (request, reply) => {
        const params = CaseParams.safeParse(request.params);
        if (!params.success) return reply.code(404).send();
        const id = params.data.id;
        const form = schema.safeParse(request.body ?? {});
        if (!form.success) return showCase(request, reply, id, 'The form was incomplete or malformed.', 400);
        const user = staffUser(request);
        const ctx: workflow.StaffContext = {
          staff: { id: user.id, email: user.email, role: user.role },
          at: clock(),
          request: requestInfo(request),
        };
        const outcome = await run(id, form.data, ctx);
        if (!outcome.ok) return showCase(request, reply, id, outcome.error, STATUS[outcome.problem]);
        return reply.redirect(`/cases/${id}#${anchor}`, 303);
      },
    );
  }

  action(
    'assign',
    'staff',
    Forms.assign,
    (id, f, ctx) => workflow.assignOwners(db, id, { ownerId: f.owner, coOwnerId: f.co_owner }, ctx),
    'actions',
  );
  action('notes', 'staff', Forms.note, (id, f, ctx) => workflow.addNote(db, id, f.body, ctx), 'notes');
  action('triage', 'staff', Forms.triage, (id, f, ctx) => workflow.setTriage(db, id, f, ctx), 'actions');
  action(
    'revocation',
    'staff',
    Forms.revocation,
    (id, f, ctx) =>
      workflow.decideRevocation(db, id, { reason: f.reason, subordinateCa: f.subordinate_ca === '1' }, ctx),
    'clocks',
  );
  action(
    'subscriber-contact',
    'staff',
    Forms.contact,
    (id, f, ctx) => workflow.setSubscriberContact(db, id, f.contact, ctx),
    'actions',
  );
  action(
    'report/draft',
    'staff',
    Forms.none,
    (id, _f, ctx) => workflow.draftReport(db, id, { caName: config.caName, clocks: clocksOf }, ctx),
    'report',
  );
  action('report/edit', 'staff', Forms.report, (id, f, ctx) => workflow.editReport(db, id, f, ctx), 'report');
  action(
    'report/approve',
    'reviewer',
    Forms.approve,
    (id, f, ctx) => workflow.approveReport(db, id, f.version, ctx),
    'report',
  );
  action('report/send', 'staff', Forms.none, (id, _f, ctx) => workflow.sendReport(db, id, ctx), 'report');
  action(
    'revocation-published',
    'staff',
    Forms.published,
    (id, f, ctx) => workflow.recordRevocationPublished(db, id, Date.parse(`${f.published_at}Z`), ctx),
    'clocks',
  );
  action('close', 'staff', Forms.none, (id, _f, ctx) => workflow.closeCase(db, id, clocksOf, ctx), 'actions');
}

async function loadCase(db: Kysely<Database>, id: number): Promise<CaseDetail | null> {
  const c = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) return null;
  const [records, messages, certificates, evidence, notes, report, timeline, users] = await Promise.all([
    caseRecordsOf(db, [id]).then((r) => r.get(id) ?? NO_RECORDS),
    db.selectFrom('inbound_messages').selectAll().where('case_id', '=', id).orderBy('received_at').execute(),
    db.selectFrom('case_certificates').selectAll().where('case_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('case_evidence')
      .select(['method', 'verified', 'details', 'added_at'])
      .where('case_id', '=', id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('case_notes')
      .innerJoin('users', 'users.id', 'case_notes.author_id')
      .select(['case_notes.at', 'case_notes.body', 'users.email as author'])
      .where('case_notes.case_id', '=', id)
      .orderBy('case_notes.id')
      .execute(),
    reportState(db, id),
    db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_type', '=', 'case')
      .where('subject_id', '=', id)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    activeUsers(db),
  ]);
  return {
    case: c,
    deadlines: caseDeadlines(c, records),
    messages,
    certificates,
    evidence,
    notes,
    report: report && { ...report, copies: records.reportCopies },
    timeline,
    users,
  };
}

async function reportState(
  db: Kysely<Database>,
  caseId: number,
): Promise<Omit<ReportState, 'copies'> | null> {
  const r = await db
    .selectFrom('case_reports')
    .innerJoin('users as author', 'author.id', 'case_reports.author_id')
    .leftJoin('users as approver', 'approver.id', 'case_reports.approved_by')
    .select([
      'case_reports.subject',
      'case_reports.body',
      'case_reports.author_id',
      'author.email as author',
      'approver.email as approver',
      'case_reports.approved_at',
      'case_reports.sent_at',
      'case_reports.recipients',
      'case_reports.updated_at',
    ])
    .where('case_reports.case_id', '=', caseId)
    .where('case_reports.kind', '=', 'preliminary')
    .executeTakeFirst();
  if (!r) return null;
  return {
    subject: r.subject,
    body: r.body,
    authorId: r.author_id,
    author: r.author,
    approver: r.approver,
    approvedAt: r.approved_at,
    sentAt: r.sent_at,
    recipients: r.recipients,
    version: r.updated_at,
  };
}
