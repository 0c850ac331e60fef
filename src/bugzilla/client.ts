/**
 * A client for bugzilla.mozilla.org's REST API (docs/en/rst/api/core/v1 of the BMO source: bug.rst,
 * comment.rst, general.rst). Polite to a shared public server: a few requests in flight at most,
 * and 429, 5xx and network failures retried with exponential backoff, honouring Retry-After. Every
 * answer is checked against the shapes of rest.ts before anyone reads it. The API key travels only
 * in the X-BUGZILLA-API-KEY header, never in a URL or a message.
 */
import type { z } from 'zod';
import {
  type RestBug,
  type RestComment,
  type RestHistoryEntry,
  commentsResponse,
  errorResponse,
  historyResponse,
  postCommentResponse,
  searchResponse,
} from './rest.js';

export class BugzillaError extends Error {
  constructor(
    message: string,
    /** The HTTP status, null when no answer came. */
    readonly status: number | null,
    /** Whether asking again later may succeed. */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'BugzillaError';
  }
}

export interface BugzillaClientOptions {
  /** The server, e.g. https://bugzilla.mozilla.org. */
  url: string;
  /** Needed to post; reads send it too when present (BMO is kinder to keyed callers). */
  apiKey: string | null;
  /** Requests in flight at most; 4 by default. */
  concurrency?: number;
  /** Retries after the first attempt; 5 by default. */
  maxRetries?: number;
  /** The first backoff; doubled on each retry. 1 s by default. */
  backoffMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface BugSearch {
  /** Bugs in any of these; BMO ORs the values of one criterion and ANDs criteria. */
  products: readonly { product: string; component?: string }[];
  /** Only bugs changed at or after this time. */
  changedSince?: number | null;
  limit?: number;
  offset?: number;
}

export interface BugzillaClient {
  searchBugs(query: BugSearch): Promise<RestBug[]>;
  comments(bugId: number, newSince?: number | null): Promise<RestComment[]>;
  history(bugId: number, newSince?: number | null): Promise<RestHistoryEntry[]>;
  postComment(bugId: number, text: string): Promise<{ id: number }>;
  /** Requests sent so far, retries included. */
  readonly requests: number;
}

/** The bug fields Vigil stores (rest.ts restBug). */
export const BUG_FIELDS = [
  'id',
  'product',
  'component',
  'summary',
  'status',
  'resolution',
  'whiteboard',
  'creator',
  'assigned_to',
  'creation_time',
  'last_change_time',
  'is_open',
  'flags',
  'comment_count',
] as const;

const REQUEST_TIMEOUT_MS = 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/** BMO's datetime form: ISO 8601 to the second, UTC. */
export const bmoTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The query's product and component values. BMO ANDs the two criteria, so the pairs asked for must
 * be every product with every component named; anything else would silently fetch other bugs.
 */
function productParams(products: BugSearch['products']): [string, string][] {
  const names = [...new Set(products.map((p) => p.product))];
  const components = [...new Set(products.flatMap((p) => (p.component === undefined ? [] : [p.component])))];
  const pairs = new Set(products.map((p) => `${p.product}\0${p.component ?? ''}`));
  const expected = names.flatMap((p) => (components.length ? components : ['']).map((c) => `${p}\0${c}`));
  if (names.length === 0 || expected.length !== pairs.size || !expected.every((e) => pairs.has(e)))
    throw new Error('a bug search needs every listed product paired with every listed component');
  return [
    ...names.map((p): [string, string] => ['product', p]),
    ...components.map((c): [string, string] => ['component', c]),
  ];
}

/** Retry-After as seconds or an HTTP date (RFC 9110 10.2.3), in ms from now; null when absent or unreadable. */
function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** At most `limit` tasks run at once; the rest wait in order. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

export function createBugzillaClient(options: BugzillaClientOptions): BugzillaClient {
  const base = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxRetries = options.maxRetries ?? 5;
  const backoffMs = options.backoffMs ?? 1000;
  const run = limiter(options.concurrency ?? 4);
  let requests = 0;

  /**
   * One attempt: the parsed JSON body, or a BugzillaError saying whether to try again. A POST is
   * retried only when the server surely did not act on it (429, 503), so a comment never posts twice.
   */
  async function attempt(
    method: string,
    path: string,
    body: unknown,
  ): Promise<{ status: number; json: unknown } | { error: BugzillaError; retryAfter: number | null }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.apiKey !== null) headers['x-bugzilla-api-key'] = options.apiKey;
    if (body !== undefined) headers['content-type'] = 'application/json';
    requests++;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      const why = (error as Error).message;
      const error_ = new BugzillaError(`${method} ${path}: no answer (${why})`, null, method === 'GET');
      return { error: error_, retryAfter: null };
    }
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const retryable =
      response.status === 429 || response.status === 503 || (method === 'GET' && response.status >= 500);
    const failed = errorResponse.safeParse(json);
    if (!response.ok || failed.success) {
      const message = failed.success
        ? `${method} ${path}: ${failed.data.message} (Bugzilla error ${failed.data.code})`
        : `${method} ${path}: HTTP ${response.status}`;
      const retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
      return { error: new BugzillaError(message, response.status, retryable), retryAfter };
    }
    if (json === undefined)
      return {
        error: new BugzillaError(`${method} ${path}: not JSON`, response.status, false),
        retryAfter: null,
      };
    return { status: response.status, json };
  }

  async function call<S extends z.ZodTypeAny>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.output<S>> {
    return run(async () => {
      for (let retry = 0; ; retry++) {
        const outcome = await attempt(method, path, body);
        if ('json' in outcome) {
          const parsed = schema.safeParse(outcome.json);
          if (parsed.success) return parsed.data as z.output<S>;
          const issue = parsed.error.issues[0];
          throw new BugzillaError(
            `${method} ${path}: unexpected answer at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`,
            outcome.status,
            false,
          );
        }
        if (!outcome.error.retryable || retry >= maxRetries) throw outcome.error;
        await sleep(Math.min(MAX_BACKOFF_MS, outcome.retryAfter ?? backoffMs * 2 ** retry));
      }
    });
  }

  const since = (newSince: number | null | undefined) =>
    newSince === null || newSince === undefined ? '' : `?new_since=${encodeURIComponent(bmoTime(newSince))}`;

  return {
    get requests() {
      return requests;
    },
    async searchBugs(query) {
      const params = new URLSearchParams(productParams(query.products));
      params.set('include_fields', BUG_FIELDS.join(','));
      if (query.changedSince !== null && query.changedSince !== undefined)
        params.set('last_change_time', bmoTime(query.changedSince));
      // A stable order makes limit/offset pages line up.
      params.set('order', 'bug_id');
      if (query.limit !== undefined) params.set('limit', String(query.limit));
      if (query.offset !== undefined) params.set('offset', String(query.offset));
      return (await call(searchResponse, 'GET', `/rest/bug?${params}`)).bugs;
    },
    async comments(bugId, newSince) {
      const answer = await call(commentsResponse, 'GET', `/rest/bug/${bugId}/comment${since(newSince)}`);
      return answer.bugs[String(bugId)]?.comments ?? [];
    },
    async history(bugId, newSince) {
      const answer = await call(historyResponse, 'GET', `/rest/bug/${bugId}/history${since(newSince)}`);
      return answer.bugs.find((b) => b.id === bugId)?.history ?? [];
    },
    async postComment(bugId, text) {
      if (options.apiKey === null)
        throw new BugzillaError('posting to Bugzilla needs an API key (VIGIL_BUGZILLA_API_KEY)', null, false);
      return call(postCommentResponse, 'POST', `/rest/bug/${bugId}/comment`, {
        comment: text,
        is_markdown: true,
      });
    },
  };
}
