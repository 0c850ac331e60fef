/**
 * A CPR desk for web tests: the real app (buildApp) over a fresh SQLite file,
 * a movable clock, staff accounts, and a cookie jar that signs in and carries
 * the CSRF token the way a browser does.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config/config.js';
import {
  approveReport,
  draftReport,
  editReport,
  type Outcome,
  preliminaryReport,
  type StaffContext,
} from '../../src/cpr/workflow.js';
import { deliverDue } from '../../src/delivery/deliver.js';
import { createRelay } from '../../src/delivery/relay.js';
import { type Dialect, openDatabase, type Store } from '../../src/store/database.js';
import type { Case, NewCase, Role, User } from '../../src/store/schema.js';
import { startSession } from '../../src/users/sessions.js';
import { createUser } from '../../src/users/users.js';
import { SESSION_COOKIE } from '../../src/web/auth.js';
import { buildApp } from '../../src/web/app.js';
import { clocksOf } from '../../src/web/caseClocks.js';
import type { SmtpSink } from '../support/smtpSink.js';
import { testDatabase } from '../support/stores.js';

export const T0 = Date.parse('2026-11-23T09:00:00Z');
export const PASSWORD = 'correct horse battery staple';

export interface Desk {
  readonly app: FastifyInstance;
  readonly store: Store;
  now: number;
  /** A staff account with the password PASSWORD. */
  user(role: Role, email?: string): Promise<User>;
  close(): Promise<void>;
}

/** SQLite unless a test names PostgreSQL (a fresh database on the test cluster). */
export async function openDesk(env: Record<string, string> = {}, dialect: Dialect = 'sqlite'): Promise<Desk> {
  const database = await testDatabase(dialect, 'desk');
  const config = loadConfig({
    DATABASE_URL: database.url,
    VIGIL_CA_NAME: 'Test CA',
    ...env,
  });
  const store = await openDatabase(config.databaseUrl);
  const desk: Desk = {
    store,
    now: T0,
    app: undefined as unknown as FastifyInstance,
    async user(role, email = `${role}@ca.example`) {
      const created = await createUser(
        store.db,
        { email, name: `The ${role}`, role, password: PASSWORD },
        { actor: { type: 'system', id: null, label: 'test' }, at: desk.now },
      );
      if (!created.ok) throw new Error(created.error);
      return created.value;
    },
    async close() {
      await desk.app.close();
      await store.close();
      await database.drop();
    },
  };
  (desk as { app: FastifyInstance }).app = await buildApp({
    store,
    config,
    clock: () => desk.now,
    kick: () => {},
  });
  return desk;
}

/** A case as intake files it; tests override what they need. */
export async function insertCase(store: Store, values: Partial<NewCase> = {}): Promise<Case> {
  return store.db
    .insertInto('cases')
    .values({
      received_at: T0,
      channel: 'smtp',
      reporter_email: 'reporter@example.org',
      reporter_name: null,
      subject: 'Misissued certificate',
      body: 'I found a misissued certificate.',
      problem_type: 'misissuance',
      verdict: 'cpr',
      classification: JSON.stringify({ score: 11, verdict: 'cpr', problemType: 'misissuance', reasons: [] }),
      triage: 'suspected',
      triage_note: null,
      status: 'open',
      owner_id: null,
      co_owner_id: null,
      subscriber_contact: null,
      revocation_reason: null,
      revocation_subordinate_ca: 0,
      revocation_decided_at: null,
      revocation_published_at: null,
      closed_at: null,
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A workflow action's context, as the case routes build it from a request. */
export function as(user: User, at: number): StaffContext {
  return {
    staff: { id: user.id, email: user.email, role: user.role },
    at,
    request: { id: 'req-1', ip: '192.0.2.1' },
  };
}

/** The value of an action that must succeed. */
export function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) assert.fail(outcome.error);
  return outcome.value;
}

export const DRAFT = { caName: 'Test CA', clocks: clocksOf };

/** Replaces the draft's placeholders, as its author would; returns the version a reviewer approves. */
export async function fillIn(store: Store, caseId: number, by: StaffContext): Promise<number> {
  const report = await preliminaryReport(store.db, caseId);
  assert.ok(report);
  const body = report.body.replace(/\[\[[^\]]*\]\]/g, 'We checked the certificate; it is mis-issued.');
  return value(await editReport(store.db, caseId, { subject: report.subject, body }, by));
}

/** Drafts and fills in the case's preliminary report as `author`, and has `reviewer` approve it. */
export async function approvedReport(
  store: Store,
  caseId: number,
  author: StaffContext,
  reviewer: StaffContext,
): Promise<void> {
  value(await draftReport(store.db, caseId, DRAFT, author));
  value(await approveReport(store.db, caseId, await fillIn(store, caseId, author), reviewer));
}

/** Hands what the outbox holds to the sink as the relay, as the delivery loop does at `at`. */
export async function deliverAll(store: Store, sink: SmtpSink, at: number): Promise<void> {
  const mail = createRelay(`smtp://127.0.0.1:${sink.port}`);
  try {
    await deliverDue(
      { store, mail, from: 'cpr@ca.example', messageIdDomain: 'ca.example', worker: 'test' },
      at,
    );
  } finally {
    mail?.close();
  }
}

/** Cookies as a browser keeps them, and the CSRF token of the last page that carried one. */
export class Browser {
  private readonly cookies = new Map<string, string>();
  csrf = '';

  /** `ip`: the client address, which the sign-in rate limit counts by. */
  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = '127.0.0.1',
  ) {}

  /** Signed in without the login form (which has its own tests and a rate limit). */
  static async signedIn(desk: Desk, user: User): Promise<Browser> {
    const browser = new Browser(desk.app);
    browser.cookies.set(SESSION_COOKIE, await startSession(desk.store.db, user.id, desk.now, '127.0.0.1'));
    return browser;
  }

  async request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      remoteAddress: this.ip,
      ...options,
      headers: { ...options.headers, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.csrf = token;
    return response;
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url });
  }

  /** Posts a form with the CSRF token, as the page's form would. */
  post(url: string, fields: Record<string, string> = {}, withCsrf = true): Promise<LightMyRequestResponse> {
    const form = new URLSearchParams(withCsrf ? { ...fields, _csrf: this.csrf } : fields);
    return this.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    });
  }

  has(cookie: string): boolean {
    return this.cookies.has(cookie);
  }
}

/** The Set-Cookie header of a response for one cookie. */
export function setCookie(response: LightMyRequestResponse, name: string): string | undefined {
  const headers = response.headers['set-cookie'];
  return (Array.isArray(headers) ? headers : headers ? [headers] : []).find((c) => c.startsWith(`${name}=`));
}

/** Markup with layout whitespace removed (the templates are formatted by Prettier), for matching. */
export function flat(markup: string): string {
  return markup
    .replace(/\s+/g, ' ')
    .replace(/\s*>\s*/g, '>')
    .replace(/\s*</g, '<');
}
