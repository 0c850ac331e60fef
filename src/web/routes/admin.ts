/** Admin only: accounts, API tokens, the outbox and the audit log. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Role } from '../../store/schema.js';
import { isRole } from '../../users/roles.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../users/tokens.js';
import { createUser, disableUser, listUsers } from '../../users/users.js';
import { requireRole } from '../auth.js';
import { html } from '../html.js';
import { acting, sendPage, staffUser } from '../staff.js';
import { ADMIN_NAV, auditView, outboxView, tokensView, usersView } from '../views/admin.js';

const AUDIT_PAGE = 100;
const OUTBOX_SHOWN = 500;
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const NewUserForm = z.object({
  name: z.string(),
  email: z.string(),
  role: z.custom<Role>(isRole),
  password: z.string(),
});
const NewTokenForm = z.object({ name: z.string() });
const AuditQuery = z.object({ before: z.coerce.number().int().positive().optional() });

/** What a post came to: an error to show, a token created (shown this once), the status to answer. */
interface Outcome {
  readonly error?: string;
  readonly created?: string;
  readonly status?: number;
}

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  const db = app.services.store.db;
  const admin = requireRole('admin');
  const adminPost = { preHandler: [admin, app.csrfProtection] };

  /** The pages with a form, shown again after a post with what came of it. */
  const pages = {
    users: {
      title: 'Users',
      body: async (request: FastifyRequest, csrf: string, outcome: Outcome) =>
        usersView(await listUsers(db), staffUser(request), csrf, outcome.error ?? null),
    },
    tokens: {
      title: 'API tokens',
      body: async (_request: FastifyRequest, csrf: string, outcome: Outcome) =>
        tokensView(await listApiTokens(db), csrf, outcome.created ?? null, outcome.error ?? null),
    },
  };
  const show = async (
    name: keyof typeof pages,
    request: FastifyRequest,
    reply: FastifyReply,
    outcome: Outcome = {},
  ) => {
    const { title, body } = pages[name];
    return sendPage(
      request,
      reply,
      title,
      await body(request, reply.generateCsrf(), outcome),
      outcome.status,
    );
  };

  app.get('/admin', { preHandler: admin }, async (request, reply) =>
    sendPage(
      request,
      reply,
      'Administration',
      html`${ADMIN_NAV}
        <p>Accounts, API tokens, outbound messages and the audit log.</p>`,
    ),
  );

  app.get('/admin/users', { preHandler: admin }, (request, reply) => show('users', request, reply));

  app.post('/admin/users', adminPost, async (request, reply) => {
    const form = NewUserForm.safeParse(request.body ?? {});
    if (!form.success)
      return show('users', request, reply, {
        error: 'Fill in every field; the role must be staff, reviewer or admin.',
        status: 400,
      });
    const created = await createUser(db, form.data, acting(request));
    if (!created.ok)
      return show('users', request, reply, { error: `Not created: ${created.error}.`, status: 400 });
    return reply.redirect('/admin/users', 303);
  });

  app.post('/admin/users/:id/disable', adminPost, async (request, reply) => {
    const params = IdParams.safeParse(request.params);
    if (!params.success) return reply.code(404).send();
    if (params.data.id === staffUser(request).id)
      return show('users', request, reply, { error: 'You cannot disable your own account.', status: 409 });
    if (!(await disableUser(db, params.data.id, acting(request))))
      return show('users', request, reply, { error: 'No such active account.', status: 404 });
    return reply.redirect('/admin/users', 303);
  });

  app.get('/admin/tokens', { preHandler: admin }, (request, reply) => show('tokens', request, reply));

  // The token is shown in this response only (not after a redirect), and never stored.
  app.post('/admin/tokens', adminPost, async (request, reply) => {
    const form = NewTokenForm.safeParse(request.body ?? {});
    const created = await createApiToken(
      db,
      { name: form.success ? form.data.name : '', userId: staffUser(request).id },
      acting(request),
    );
    if (!created.ok)
      return show('tokens', request, reply, { error: `Not created: ${created.error}.`, status: 400 });
    return show('tokens', request, reply, { created: created.value.token, status: 201 });
  });

  app.post('/admin/tokens/:id/revoke', adminPost, async (request, reply) => {
    const params = IdParams.safeParse(request.params);
    if (!params.success || !(await revokeApiToken(db, params.data.id, acting(request))))
      return show('tokens', request, reply, { error: 'No such active token.', status: 404 });
    return reply.redirect('/admin/tokens', 303);
  });

  app.get('/admin/outbox', { preHandler: admin }, async (request, reply) => {
    const rows = await db
      .selectFrom('outbox')
      .selectAll()
      .where('state', 'in', ['pending', 'dead'])
      .orderBy('state')
      .orderBy('next_attempt_at')
      .limit(OUTBOX_SHOWN)
      .execute();
    return sendPage(request, reply, 'Outbox', outboxView(rows));
  });

  app.get('/admin/audit', { preHandler: admin }, async (request, reply) => {
    const query = AuditQuery.safeParse(request.query);
    let select = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(AUDIT_PAGE);
    if (query.success && query.data.before !== undefined) select = select.where('id', '<', query.data.before);
    return sendPage(request, reply, 'Audit log', auditView(await select.execute(), AUDIT_PAGE));
  });
}
