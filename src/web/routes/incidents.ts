/** The incident register: the list, a new incident, one incident with its report, and the rendered templates. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { addActionItem, type ActionItemInput, updateActionItem } from '../../incidents/actionItems.js';
import { attributeDelay, type ClockInput, delaysOf, nextClock } from '../../incidents/delays.js';
import {
  createIncident,
  IncidentError,
  type LoadedIncident,
  loadIncident,
  setOwners,
  updateIncident,
  updateReport,
} from '../../incidents/register.js';
import { renderReport, type ReportKind } from '../../incidents/render.js';
import { addEntry, editEntry, importTimeline, setIncluded } from '../../incidents/timeline.js';
import { validateReport } from '../../incidents/validate.js';
import type { Database } from '../../store/schema.js';
import { activeUsers, userActor } from '../../users/users.js';
import { requireRole } from '../auth.js';
import { deadlinesOf } from '../caseClocks.js';
import { html } from '../html.js';
import { sendPage, staffUser } from '../staff.js';
import { incidentDetailView, KIND_LABELS } from '../views/incidentDetail.js';
import { incidentListView, newIncidentView } from '../views/incidentList.js';
import { reportFromForm } from '../views/incidentReportForm.js';
import { incidentRenderView } from '../views/incidentRender.js';

const Params = z.object({ id: z.coerce.number().int().positive() });
const KIND = z.enum(['preliminary', 'full', 'closure']);
/** datetime-local: minutes (seconds optional), no zone; the pages say UTC. */
const utcMinute = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/)
  .transform((v) => Date.parse(`${v}Z`));
const optionalId = z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()]);
const caseList = z
  .string()
  .regex(/^[\d,\s]*$/, 'case ids are numbers')
  .transform((v) =>
    v
      .split(/[\s,]+/)
      .filter((n) => n !== '')
      .map(Number),
  );

const Forms = {
  details: z.object({
    title: z.string(),
    aware_at: utcMinute,
    bug_id: optionalId,
    case_ids: caseList.prefault(''),
    revocation_delay: z.literal('1').optional(),
  }),
  owners: z.object({ owner: optionalId, co_owner: optionalId }),
  actionItem: z.object({
    description: z.string(),
    kind: z.enum(['Prevent', 'Mitigate', 'Detect']),
    root_causes: z.string().default(''),
    evaluation_criteria: z.string().default(''),
    due: z.union([
      z.literal('').transform(() => null),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .transform((d) => Date.parse(`${d}T00:00:00Z`)),
    ]),
    status: z.enum(['Ongoing', 'Complete', 'Delayed', 'Canceled']),
  }),
  entry: z.object({ at: utcMinute, text: z.string() }),
  text: z.object({ text: z.string() }),
  include: z.object({ included: z.enum(['0', '1']) }),
  attribute: z.object({ key: z.string(), root_cause: optionalId }),
};

const STATUS = { not_found: 404, invalid: 400, conflict: 409 } as const;

function actionItemInput(f: z.infer<typeof Forms.actionItem>): ActionItemInput {
  return {
    description: f.description,
    kind: f.kind,
    rootCauses: f.root_causes,
    evaluationCriteria: f.evaluation_criteria,
    dueAt: f.due,
    status: f.status,
  };
}

export async function incidentRoutes(app: FastifyInstance): Promise<void> {
  const { store, clock, config } = app.services;
  const db = store.db;
  const staff = requireRole('staff');

  app.get('/incidents', { preHandler: staff }, async (request, reply) => {
    const incidents = await db
      .selectFrom('incidents')
      .select('id')
      .orderBy('status', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const rows = [];
    for (const { id } of incidents) {
      const loaded = await loadIncident(db, id);
      if (loaded) rows.push({ incident: loaded.incident, next: nextClock(await clockInput(db, loaded)) });
    }
    return sendPage(request, reply, 'Incidents', incidentListView(rows, await activeUsers(db), clock()));
  });

  app.get('/incidents/new', { preHandler: staff }, async (request, reply) =>
    sendPage(
      request,
      reply,
      'New incident',
      newIncidentView(await activeUsers(db), reply.generateCsrf(), clock(), null),
    ),
  );

  app.post('/incidents', { preHandler: [staff, app.csrfProtection] }, async (request, reply) => {
    const form = Forms.details.extend(Forms.owners.shape).safeParse(request.body ?? {});
    const users = await activeUsers(db);
    if (!form.success)
      return sendPage(
        request,
        reply,
        'New incident',
        newIncidentView(users, reply.generateCsrf(), clock(), 'The form was incomplete or malformed.'),
        400,
      );
    const f = form.data;
    try {
      const id = await createIncident(
        db,
        {
          title: f.title,
          awareAt: f.aware_at,
          bugId: f.bug_id,
          caseIds: f.case_ids,
          revocationDelay: f.revocation_delay === '1',
          ownerId: f.owner,
          coOwnerId: f.co_owner,
        },
        userActor(staffUser(request)),
        clock(),
      );
      return reply.redirect(`/incidents/${id}`, 303);
    } catch (e) {
      if (!(e instanceof IncidentError)) throw e;
      return sendPage(
        request,
        reply,
        'New incident',
        newIncidentView(users, reply.generateCsrf(), clock(), e.message),
        STATUS[e.problem],
      );
    }
  });

  app.get('/incidents/:id', { preHandler: staff }, async (request, reply) => {
    const params = Params.safeParse(request.params);
    return showIncident(request, reply, params.success ? params.data.id : 0, null, 200);
  });

  app.get('/incidents/:id/render/:kind', { preHandler: staff }, async (request, reply) => {
    const params = Params.extend({ kind: KIND }).safeParse(request.params);
    const loaded = params.success ? await loadIncident(db, params.data.id) : null;
    if (!params.success || !loaded)
      return sendPage(
        request,
        reply,
        'No such incident',
        html`<p>There is no such incident or report.</p>`,
        404,
      );
    const kind = params.data.kind;
    const input = { ...loaded, caOwner: config.ca.owner ?? '' };
    return sendPage(
      request,
      reply,
      `${KIND_LABELS[kind]} report: ${loaded.incident.title.slice(0, 80)}`,
      incidentRenderView(
        loaded.incident.id,
        kind,
        renderReport(kind, input),
        validateReport(kind, input),
        reply.generateCsrf(),
        loaded.incident.bug_id !== null,
      ),
    );
  });

  async function showIncident(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    error: string | null,
    status: number,
  ) {
    const loaded = await loadIncident(db, id);
    if (!loaded)
      return sendPage(request, reply, 'No such incident', html`<p>There is no incident ${id}.</p>`, 404);
    const input = { ...loaded, caOwner: config.ca.owner ?? '' };
    const problems = Object.fromEntries(KIND.options.map((k) => [k, validateReport(k, input)])) as Record<
      ReportKind,
      ReturnType<typeof validateReport>
    >;
    const page = {
      loaded,
      users: await activeUsers(db),
      delays: delaysOf(await clockInput(db, loaded), clock()),
      problems,
    };
    return sendPage(
      request,
      reply,
      `Incident ${id}: ${loaded.incident.title.slice(0, 80)}`,
      incidentDetailView(page, reply.generateCsrf(), error),
      status,
    );
  }

  /** One POST route per change: parse the form, make the change, show the incident again. */
  function action<S extends z.ZodType>(
    path: string,
    schema: S,
    run: (id: number, form: z.infer<S>, request: FastifyRequest) => Promise<unknown>,
    anchor: string,
  ): void {
    app.post(
      `/incidents/:id/${path}`,
      { preHandler: [staff, app.csrfProtection] },
      async (request, reply) => {
        const params = Params.safeParse(request.params);
        if (!params.success) return reply.code(404).send();
        const id = params.data.id;
        const form = schema.safeParse(request.body ?? {});
        if (!form.success)
          return showIncident(request, reply, id, 'The form was incomplete or malformed.', 400);
        try {
          await run(id, form.data, request);
        } catch (e) {
          if (!(e instanceof IncidentError)) throw e;
          return showIncident(request, reply, id, e.message, STATUS[e.problem]);
        }
        return reply.redirect(`/incidents/${id}#${anchor}`, 303);
      },
    );
  }

  const who = (request: FastifyRequest) => userActor(staffUser(request));
  const numberParam = (request: FastifyRequest, name: string) => {
    const value = Number((request.params as Record<string, string>)[name]);
    if (!Number.isSafeInteger(value) || value < 1)
      throw new IncidentError('not_found', `no ${name} ${String(value)}`);
    return value;
  };

  action(
    'details',
    Forms.details,
    (id, f, r) =>
      updateIncident(
        db,
        id,
        {
          title: f.title,
          awareAt: f.aware_at,
          bugId: f.bug_id,
          caseIds: f.case_ids,
          revocationDelay: f.revocation_delay === '1',
        },
        who(r),
        clock(),
      ),
    'top',
  );
  action(
    'owners',
    Forms.owners,
    (id, f, r) => setOwners(db, id, { ownerId: f.owner, coOwnerId: f.co_owner }, who(r), clock()),
    'top',
  );
  action(
    'report',
    z.record(z.string(), z.unknown()),
    (id, f, r) => updateReport(db, id, reportFromForm(f), who(r), clock()),
    'report',
  );
  action(
    'action-items',
    Forms.actionItem,
    (id, f, r) => addActionItem(db, id, actionItemInput(f), who(r), clock()),
    'action-items',
  );
  action(
    'action-items/:number',
    Forms.actionItem,
    (id, f, r) => updateActionItem(db, id, numberParam(r, 'number'), actionItemInput(f), who(r), clock()),
    'action-items',
  );
  action('timeline/import', z.object({}), (id, _f, r) => importTimeline(db, id, who(r), clock()), 'timeline');
  action(
    'timeline/add',
    Forms.entry,
    (id, f, r) => addEntry(db, id, { at: f.at, text: f.text }, who(r), clock()),
    'timeline',
  );
  action(
    'timeline/:entry/edit',
    Forms.text,
    (id, f, r) => editEntry(db, id, numberParam(r, 'entry'), f.text, who(r), clock()),
    'timeline',
  );
  action(
    'timeline/:entry/include',
    Forms.include,
    (id, f, r) => setIncluded(db, id, numberParam(r, 'entry'), f.included === '1', who(r), clock()),
    'timeline',
  );
  action(
    'delays/attribute',
    Forms.attribute,
    async (id, f, r) => {
      const loaded = await loadIncident(db, id);
      if (!loaded) throw new IncidentError('not_found', `there is no incident ${id}`);
      const now = clock();
      const delay = delaysOf(await clockInput(db, loaded), now).find((d) => d.key === f.key);
      if (!delay) throw new IncidentError('conflict', 'that delay is no longer current; reload the page');
      await attributeDelay(db, id, delay, f.root_cause, who(r), now);
    },
    'delays',
  );
}

/** The rows an incident's clocks count from: its bug as synced and its cases' CPR deadlines. */
async function clockInput(db: Kysely<Database>, loaded: LoadedIncident): Promise<ClockInput> {
  const { incident, actionItems, caseIds } = loaded;
  const bug =
    incident.bug_id === null
      ? null
      : ((await db.selectFrom('bugs').selectAll().where('id', '=', incident.bug_id).executeTakeFirst()) ??
        null);
  const cases =
    caseIds.length === 0 ? [] : await db.selectFrom('cases').selectAll().where('id', 'in', caseIds).execute();
  return { incident, actionItems, bug, caseDeadlines: await deadlinesOf(db, cases) };
}
