/**
 * Drafts for Bugzilla: the list, one draft, a new comment for any bug, a report drafted from an
 * incident, the author's edit and a second person's approval. Posting happens in the background
 * (bugzilla/post.ts); approval wakes it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  approveDraft,
  createDraft,
  DRAFT_KINDS,
  DraftError,
  type DraftProblem,
  editDraft,
} from '../../bugzilla/drafts.js';
import type { DraftKind } from '../../store/incidentSchema.js';
import { requireRole } from '../auth.js';
import { html } from '../html.js';
import { sendPage, staffUser } from '../staff.js';
import { type DraftDetail, draftDetailView } from '../views/draftDetail.js';
import { newCommentView } from '../views/draftForm.js';
import { draftListView } from '../views/draftList.js';

const IdParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});
const Forms = {
  body: z.object({ body: z.string() }),
  report: z.object({ kind: z.enum(DRAFT_KINDS as [DraftKind, ...DraftKind[]]), body: z.string() }),
  approve: z.object({ version: z.coerce.number().int() }),
};
const STATUS: Record<DraftProblem, number> = { not_found: 404, invalid: 400, forbidden: 403, conflict: 409 };
/** Posted drafts listed, newest first; older ones stay reachable by their id. */
const POSTED_SHOWN = 50;

export async function draftRoutes(app: FastifyInstance): Promise<void> {
  const { store, clock, config } = app.services;
  const db = store.db;
  const staff = requireRole('staff');
  const canPost = config.bugzilla.apiKey !== null;
  const bugUrl = (id: number) => `${config.bugzilla.url}/show_bug.cgi?id=${id}`;
  const writer = { preHandler: [staff, app.csrfProtection] };

  const idOf = (request: FastifyRequest) => {
    const params = IdParams.safeParse(request.params);
    return params.success ? params.data.id : null;
  };

  const listed = (open: boolean) =>
    db
      .selectFrom('bug_drafts')
      .innerJoin('users', 'users.id', 'bug_drafts.author_id')
      .selectAll('bug_drafts')
      .select('users.display_name as author')
      .where('bug_drafts.state', open ? '!=' : '=', 'posted')
      .orderBy(open ? 'bug_drafts.id' : 'bug_drafts.posted_at', open ? 'asc' : 'desc')
      .limit(open ? 1000 : POSTED_SHOWN)
      .execute();

  app.get('/drafts', { preHandler: staff }, async (request, reply) => {
    const rows = [...(await listed(true)), ...(await listed(false))].map(({ author, ...draft }) => ({
      draft,
      author,
    }));
    return sendPage(request, reply, 'Drafts for Bugzilla', draftListView(rows, canPost));
  });

  app.get('/drafts/:id', { preHandler: staff }, async (request, reply) =>
    showDraft(request, reply, idOf(request) ?? 0, null, 200),
  );

  app.get('/bugs/:id/drafts/new', { preHandler: staff }, async (request, reply) => {
    const bugId = idOf(request);
    if (bugId === null) return reply.code(404).send();
    return newComment(request, reply, bugId, '', null, 200);
  });

  app.post('/bugs/:id/drafts', writer, async (request, reply) => {
    const bugId = idOf(request);
    const form = Forms.body.safeParse(request.body ?? {});
    if (bugId === null) return reply.code(404).send();
    if (!form.success) return newComment(request, reply, bugId, '', 'The form was incomplete.', 400);
    try {
      const id = await createDraft(
        db,
        { bugId, kind: 'comment', body: form.data.body },
        staffUser(request).id,
        clock(),
      );
      return reply.redirect(`/drafts/${id}`, 303);
    } catch (error) {
      const refused = refusal(error);
      return newComment(request, reply, bugId, form.data.body, refused.message, STATUS[refused.problem]);
    }
  });

  app.post('/incidents/:id/drafts', writer, async (request, reply) => {
    const incidentId = idOf(request);
    const form = Forms.report.safeParse(request.body ?? {});
    if (incidentId === null) return reply.code(404).send();
    const back = html`<p><a href="/incidents/${incidentId}">Back to the incident</a></p>`;
    const notSaved = (message: string, status: number) =>
      sendPage(
        request,
        reply,
        'Draft not saved',
        html`<p class="errors" role="alert">${message}</p>${back}`,
        status,
      );
    if (!form.success) return notSaved('The form was incomplete or named an unknown kind of draft.', 400);
    const incident = await db
      .selectFrom('incidents')
      .select('bug_id')
      .where('id', '=', incidentId)
      .executeTakeFirst();
    if (!incident) return notSaved(`There is no incident ${incidentId}.`, 404);
    if (incident.bug_id === null)
      return notSaved('Link the incident to its Bugzilla bug first: a draft is posted to a bug.', 409);
    try {
      const id = await createDraft(
        db,
        { bugId: incident.bug_id, incidentId, kind: form.data.kind, body: form.data.body },
        staffUser(request).id,
        clock(),
      );
      return reply.redirect(`/drafts/${id}`, 303);
    } catch (error) {
      const refused = refusal(error);
      return notSaved(refused.message, STATUS[refused.problem]);
    }
  });

  app.post('/drafts/:id/edit', writer, async (request, reply) => {
    const id = idOf(request) ?? 0;
    const form = Forms.body.safeParse(request.body ?? {});
    if (!form.success) return showDraft(request, reply, id, 'The form was incomplete.', 400);
    return act(request, reply, id, () => editDraft(db, id, form.data.body, staffUser(request).id, clock()));
  });

  app.post(
    '/drafts/:id/approve',
    { preHandler: [requireRole('reviewer'), app.csrfProtection] },
    async (request, reply) => {
      const id = idOf(request) ?? 0;
      const form = Forms.approve.safeParse(request.body ?? {});
      if (!form.success) return showDraft(request, reply, id, 'The form was incomplete.', 400);
      return act(request, reply, id, async () => {
        await approveDraft(db, id, staffUser(request).id, clock(), form.data.version);
        app.services.kick();
      });
    },
  );

  /** Runs a change and shows the draft again: after a redirect when it was made, with the refusal when not. */
  async function act(request: FastifyRequest, reply: FastifyReply, id: number, change: () => Promise<void>) {
    try {
      await change();
    } catch (error) {
      const refused = refusal(error);
      return showDraft(request, reply, id, refused.message, STATUS[refused.problem]);
    }
    return reply.redirect(`/drafts/${id}`, 303);
  }

  async function showDraft(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    error: string | null,
    status: number,
  ) {
    const detail = await loadDraft(id);
    if (!detail) return sendPage(request, reply, 'No such draft', html`<p>There is no draft ${id}.</p>`, 404);
    return sendPage(
      request,
      reply,
      `Draft #${id} for bug ${detail.draft.bug_id}`,
      draftDetailView(
        detail,
        staffUser(request),
        reply.generateCsrf(),
        { bugUrl: bugUrl(detail.draft.bug_id), canPost },
        error,
      ),
      status,
    );
  }

  async function newComment(
    request: FastifyRequest,
    reply: FastifyReply,
    bugId: number,
    body: string,
    error: string | null,
    status: number,
  ) {
    const bug = await db.selectFrom('bugs').select('summary').where('id', '=', bugId).executeTakeFirst();
    return sendPage(
      request,
      reply,
      `New comment for bug ${bugId}`,
      newCommentView(
        { id: bugId, summary: bug?.summary ?? null, url: bugUrl(bugId) },
        reply.generateCsrf(),
        body,
        error,
      ),
      status,
    );
  }

  async function loadDraft(id: number): Promise<DraftDetail | null> {
    const draft = await db.selectFrom('bug_drafts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!draft) return null;
    const name = async (userId: number | null) =>
      userId === null
        ? null
        : ((await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst())
            ?.display_name ?? `#${userId}`);
    const [author, approver, bug, incident] = await Promise.all([
      name(draft.author_id),
      name(draft.approved_by),
      db.selectFrom('bugs').select('summary').where('id', '=', draft.bug_id).executeTakeFirst(),
      draft.incident_id === null
        ? undefined
        : db
            .selectFrom('incidents')
            .select(['id', 'title'])
            .where('id', '=', draft.incident_id)
            .executeTakeFirst(),
    ]);
    return {
      draft,
      author: author ?? '',
      approver,
      bugSummary: bug?.summary ?? null,
      incident: incident ?? null,
    };
  }
}

/** A refused change as a problem and a message; anything else is a fault and is thrown on. */
function refusal(error: unknown): DraftError {
  if (error instanceof DraftError) return error;
  throw error;
}
