/** What every staff route shares: the signed-in user as an audit actor, and the page frame with its CSRF token. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../store/schema.js';
import { type Acting, userActor } from '../users/users.js';
import { type Html, html } from './html.js';
import { page } from './layout.js';

/** The signed-in user; only called behind requireRole, which guarantees one. */
export function staffUser(request: FastifyRequest): User {
  if (!request.user) throw new Error(`${request.url}: staff route without requireRole`);
  return request.user;
}

export function requestInfo(request: FastifyRequest): { id: string; ip: string } {
  return { id: request.id, ip: request.ip };
}

/** The signed-in user acting now, from this request. */
export function acting(request: FastifyRequest): Acting {
  return {
    actor: userActor(staffUser(request)),
    at: request.server.services.clock(),
    request: requestInfo(request),
  };
}

export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  title: string,
  body: Html,
  status = 200,
): FastifyReply {
  const html = page(
    {
      title,
      caName: request.server.services.config.caName,
      user: request.user,
      csrfToken: request.user ? reply.generateCsrf() : undefined,
    },
    body,
  );
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(html.text);
}

/** The hidden field every POST form carries; checked by app.csrfProtection. */
export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}" />`;
}
