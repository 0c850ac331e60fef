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

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  const db = app.services.store.db;
  const admin = requireRole('admin');
  const adminPost = { preHandler: [admin, app.csrfProtection] };

  const showUsers = async (
    request: FastifyRequest,
    reply: FastifyReply,
    error: string | null,
    status = 200,
  ) =>
    sendPage(
      request,
      reply,
      'Users',
      usersView(await listUsers(db), staffUser(request), reply.generateCsrf(), error),
      status,
    );
  const showTokens = async (
    request: FastifyRequest,
    reply: FastifyReply,
    created: string | null,
    error: string | null,
    status = 200,
  ) =>
    sendPage(
      request,
      reply,
      'API tokens',
      tokensView(await listApiTokens(db), reply.generateCsrf(), created, error),
      status,
    );

  app.get('/admin', { preHandler: admin }, async (request, reply) =>
    sendPage(
      request,
      reply,
      'Administration',
      html`${ADMIN_NAV}
        <p>Accounts, API tokens, outbound messages and the audit log.</p>`,
    ),
  );

  app.get('/admin/users', { preHandler: admin }, (request, reply) => showUsers(request, reply, null));

  app.post('/admin/users', adminPost, async (request, reply) => {
    const form = NewUserForm.safeParse(request.body ?? {});
    if (!form.success)
      return showUsers(
        request,
        reply,
        'Fill in every field; the role must be staff, reviewer or admin.',
        400,
      );
    const created = await createUser(db, form.data, acting(request));
    if (!created.ok) return showUsers(request, reply, `Not created: ${created.error}.`, 400);
    return reply.redirect('/admin/users', 303);
  });

  app.post('/admin/users/:id/disable', adminPost, async (request, reply) => {
    const params = IdParams.safeParse(request.params);
    if (!params.success) return reply.code(404).send();
    if (params.data.id === staffUser(request).id)
      return showUsers(request, reply, 'You cannot disable your own account.', 409);
    if (!(await disableUser(db, params.data.id, acting(request))))
      return showUsers(request, reply, 'No such active account.', 404);
    return reply.redirect('/admin/users', 303);
  });

  app.get('/admin/tokens', { preHandler: admin }, (request, reply) => showTokens(request, reply, null, null));

  // The token is shown in this response only (not after a redirect), and never stored.
  app.post('/admin/tokens', adminPost, async (request, reply) => {
    const form = NewTokenForm.safeParse(request.body ?? {});
    const created = await createApiToken(
      db,
      { name: form.success ? form.data.name : '', userId: staffUser(request).id },
      acting(request),
    );
    if (!created.ok) return showTokens(request, reply, null, `Not created: ${created.error}.`, 400);
    return showTokens(request, reply, created.value.token, null, 201);
  });

  app.post('/admin/tokens/:id/revoke', adminPost, async (request, reply) => {
    const params = IdParams.safeParse(request.params);
    if (!params.success || !(await revokeApiToken(db, params.data.id, acting(request))))
      return showTokens(request, reply, null, 'No such active token.', 404);
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
