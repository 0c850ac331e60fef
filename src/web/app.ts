/**
 * The HTTP face of `vigil serve`: the public CPR form, the staff pages, the
 * JSON API and the operational endpoints, on one Fastify instance. Routes are
 * grouped by audience in routes/; this file wires the shared plugins.
 */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { type Config, isHttps } from '../config/config.js';
import type { Store } from '../store/database.js';
import { sharedSecret } from '../store/settings.js';
import { registerAuth } from './auth.js';
import { adminRoutes } from './routes/admin.js';
import { apiRoutes } from './routes/api.js';
import { boardRoutes } from './routes/board.js';
import { bugRoutes } from './routes/bugs.js';
import { caseRoutes } from './routes/cases.js';
import { draftRoutes } from './routes/drafts.js';
import { incidentRoutes } from './routes/incidents.js';
import { opsRoutes } from './routes/ops.js';
import { reportRoutes } from './routes/report.js';

export interface Services {
  readonly store: Store;
  readonly config: Config;
  /** The current time; tests pass a fixed or moved clock. */
  readonly clock: () => number;
  /** Wakes the background worker after new intake, so the acknowledgement goes out at once. */
  readonly kick: () => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export async function buildApp(
  services: Services,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.form.maxBytes,
    trustProxy: false,
    genReqId: () => crypto.randomUUID(),
  });
  app.decorate('services', services);
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'form-action': ["'self'"] } },
  });
  await app.register(cookie, { secret: await sharedSecret(services.store, 'cookie-secret') });
  await app.register(csrf, {
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: isHttps(config) },
  });
  await app.register(formbody, { bodyLimit: config.form.maxBytes });
  await app.register(multipart, {
    limits: { fileSize: config.form.maxBytes, files: 5, fields: 20, fieldSize: config.form.maxBytes },
  });
  // Off by default; routes that take input from the internet opt in with their own limits.
  await app.register(rateLimit, { global: false });
  await registerAuth(app);
  await app.register(opsRoutes);
  await app.register(reportRoutes);
  await app.register(caseRoutes);
  await app.register(draftRoutes);
  await app.register(incidentRoutes);
  await app.register(adminRoutes);
  await app.register(apiRoutes);
  await app.register(boardRoutes);
  await app.register(bugRoutes);
  return app;
}
