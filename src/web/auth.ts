/**
 * Staff sign-in: a session cookie holding a random token (the database keeps
 * its SHA-256), `request.user` on every request, the login and logout forms,
 * and the guards every staff page, staff form and API route sits behind.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { audit } from '../store/audit.js';
import type { Role, User } from '../store/schema.js';
import { hasRole } from '../users/roles.js';
import { endSession, SESSION_TTL_MS, sessionUser, startSession } from '../users/sessions.js';
import { apiTokenHolder, type TokenHolder } from '../users/tokens.js';
import { authenticate, normaliseEmail, userActor } from '../users/users.js';
import { isHttps } from '../config/config.js';
import { html } from './html.js';
import { csrfField, requestInfo, sendPage } from './staff.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member; null when signed out. */
    user: User | null;
    /** The API token a request authenticated with (API routes only). */
    apiToken: TokenHolder | null;
  }
}

export const SESSION_COOKIE = 'vigil_session';
/** Where staff land after signing in: every open clock, most urgent first. */
const HOME = '/board';
/** Sign-in attempts per client IP per window: slows guessing, not a person who mistypes. */
const LOGIN_ATTEMPTS = { max: 10, timeWindow: '1 minute' };

const LoginForm = z.object({
  email: z.string().max(254).default(''),
  password: z.string().max(1024).default(''),
  next: z.string().max(2000).default(HOME),
});

export async function registerAuth(app: FastifyInstance): Promise<void> {
  const { store, clock, config } = app.services;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    // Lax, not Strict: a link in an alert e-mail must open the case signed in.
    sameSite: 'lax' as const,
    secure: isHttps(config),
  };

  app.decorateRequest('user', null);
  app.decorateRequest('apiToken', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = await sessionUser(store.db, token, clock());
  });

  app.get('/login', async (request, reply) => {
    const next = safeNext(LoginForm.shape.next.parse(firstValue(request.query, 'next')));
    if (request.user) return reply.redirect(next, 303);
    return loginPage(request, reply, { email: '', next, error: null });
  });

  app.post(
    '/login',
    { config: { rateLimit: LOGIN_ATTEMPTS }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const parsed = LoginForm.safeParse(request.body ?? {});
      const form = parsed.success ? parsed.data : { email: '', password: '', next: HOME };
      const next = safeNext(form.next);
      const user = await authenticate(store.db, form.email, form.password);
      const now = clock();
      if (!user) {
        const email = normaliseEmail(form.email).slice(0, 254);
        await audit(store.db, {
          actor: { type: 'user', id: null, label: email || '(blank)' },
          action: 'login.failure',
          at: now,
          request: requestInfo(request),
        });
        return loginPage(
          request,
          reply,
          { email: form.email, next, error: 'Wrong e-mail address or password.' },
          401,
        );
      }
      const token = await startSession(store.db, user.id, now, request.ip);
      await audit(store.db, {
        actor: userActor(user),
        action: 'login.success',
        at: now,
        subject: { type: 'user', id: user.id },
        request: requestInfo(request),
      });
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_TTL_MS / 1000 });
      return reply.redirect(next, 303);
    },
  );

  app.post('/logout', { preHandler: app.csrfProtection }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await endSession(store.db, token);
    if (request.user) {
      await audit(store.db, {
        actor: userActor(request.user),
        action: 'logout',
        at: clock(),
        subject: { type: 'user', id: request.user.id },
        request: requestInfo(request),
      });
    }
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.redirect('/login', 303);
  });
}

/**
 * The guard of every staff route: signed out, a page redirects to the login
 * form (an API answers 401); signed in without the role, 403.
 */
export function requireRole(role: Role): preHandlerAsyncHookHandler {
  return async function guard(request, reply) {
    const user = request.user;
    if (!user) {
      if (request.url.startsWith('/api/')) return reply.code(401).send({ error: 'sign in required' });
      const next = request.method === 'GET' ? request.url : HOME;
      return reply.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
    }
    if (!hasRole(user.role, role)) return forbidden(request, reply, `This needs the ${role} role.`);
  };
}

/** The guard of the machine API: `Authorization: Bearer <token>`. */
export const requireApiToken: preHandlerAsyncHookHandler = async function guard(request, reply) {
  const match = /^Bearer ([\x21-\x7e]{1,200})$/.exec(request.headers.authorization ?? '');
  const holder = match?.[1]
    ? await apiTokenHolder(request.server.services.store.db, match[1], request.server.services.clock())
    : null;
  if (!holder) {
    return reply
      .code(401)
      .header('www-authenticate', 'Bearer realm="vigil"')
      .send({ error: 'a valid API token is required (Authorization: Bearer <token>)' });
  }
  request.apiToken = holder;
};

function forbidden(request: FastifyRequest, reply: FastifyReply, message: string): FastifyReply {
  if (request.url.startsWith('/api/')) return reply.code(403).send({ error: message });
  return sendPage(request, reply, 'Not allowed', html`<p class="error">${message}</p>`, 403);
}

/** Only a path on this site, so the login form cannot be used to send someone elsewhere. */
function safeNext(next: string): string {
  return /^\/(?![/\\])[\x21-\x7e]*$/.test(next) && !next.startsWith('/login') ? next : HOME;
}

function firstValue(query: unknown, key: string): unknown {
  const value = (query as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(value) ? value[0] : value;
}

function loginPage(
  request: FastifyRequest,
  reply: FastifyReply,
  form: { email: string; next: string; error: string | null },
  status = 200,
): FastifyReply {
  const body = html` ${form.error ? html`<p class="errors" role="alert">${form.error}</p>` : ''}
    <form method="post" action="/login">
      ${csrfField(reply.generateCsrf())}
      <input type="hidden" name="next" value="${form.next}" />
      <label for="email">E-mail address</label>
      <input
        type="email"
        id="email"
        name="email"
        value="${form.email}"
        autocomplete="username"
        required
        autofocus
      />
      <label for="password">Password</label>
      <input type="password" id="password" name="password" autocomplete="current-password" required />
      <button type="submit">Sign in</button>
    </form>`;
  return sendPage(request, reply, 'Sign in', body, status);
}
