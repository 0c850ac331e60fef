/**
 * A local stand-in for bugzilla.mozilla.org on 127.0.0.1 that answers in BMO's wire format from the
 * bugs it is given. The shapes follow real answers: the libmozdata recordings in
 * ../shared/fixtures/bugzilla (a search answer `{bugs: [...]}` as in libmozdata_GET_rest_bug_id*.json;
 * comments `{bugs: {"<id>": {comments}}, comments: {}}` as in ..._12345_comment.json; history
 * `{bugs: [{history, id, alias}]}` as in ..._history*.json) and, where no recording exists, the BMO
 * API documentation (docs/en/rst/api/core/v1 of mozilla-bteam/bmo: search criteria ANDed with
 * repeatable values ORed, last_change_time "at this time or later", comment new_since "newer than",
 * POST comment answering `{"id"}` with 201, errors `{"error": true, "message", "code"}`: 101 for an
 * unknown bug, 410 for a missing or wrong API key).
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplayBug {
  /** A BMO bug object as the REST API sends it. */
  bug: Record<string, unknown>;
  comments: Record<string, unknown>[];
  history?: Record<string, unknown>[];
}

export interface ReplayRequest {
  method: string;
  /** Path and query string, as sent. */
  path: string;
}

export interface PostedComment {
  bugId: number;
  id: number;
  text: string;
  isMarkdown: boolean;
  apiKey: string;
}

export interface BugzillaReplay {
  url: string;
  posted: PostedComment[];
  requests: ReplayRequest[];
  setBug(b: ReplayBug): void;
  /** The next `count` requests get `status` (429 or 503), with Retry-After when given. */
  failNext(count: number, status: number, retryAfter?: string): void;
  /** From the `after`-th request on (counted from now), every request gets 503: a server gone for good. */
  failAfter(after: number): void;
  /** Requests in flight at once, at most, so far. */
  readonly maxInFlight: number;
  close(): Promise<void>;
}

/** BMO's datetime form: ISO 8601 to the second. */
const wireTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const timeOf = (v: unknown) => Date.parse(String(v));

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

const bmoError = (res: ServerResponse, status: number, code: number, message: string) =>
  send(res, status, { error: true, message, code });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBugzillaReplay(options: {
  bugs: ReplayBug[];
  apiKey?: string;
  now?: () => number;
  /** Each answer waits this long, so concurrent requests overlap. */
  latencyMs?: number;
  /** Who posts with the API key. */
  account?: string;
}): Promise<BugzillaReplay> {
  const now = options.now ?? Date.now;
  const bugs = new Map<number, ReplayBug>();
  for (const b of options.bugs) bugs.set(Number(b.bug.id), b);
  const posted: PostedComment[] = [];
  const requests: ReplayRequest[] = [];
  const failures: { status: number; retryAfter?: string }[] = [];
  let failFrom = Infinity;
  let inFlight = 0;
  let maxInFlight = 0;

  const nextCommentId = () => {
    let max = 0;
    for (const b of bugs.values()) for (const c of b.comments) max = Math.max(max, Number(c.id));
    return max + 1;
  };

  function search(res: ServerResponse, query: URLSearchParams): void {
    const products = query.getAll('product');
    const components = query.getAll('component');
    const changedSince = query.get('last_change_time');
    if (products.length === 0 && components.length === 0 && changedSince === null)
      return bmoError(res, 400, 1000, 'You may not search without any search terms.');
    let found = [...bugs.values()]
      .map((b) => b.bug)
      .filter(
        (b) =>
          (products.length === 0 || products.includes(String(b.product))) &&
          (components.length === 0 || components.includes(String(b.component))) &&
          (changedSince === null || timeOf(b.last_change_time) >= timeOf(changedSince)),
      )
      .sort((a, b) => Number(a.id) - Number(b.id));
    const offset = Number(query.get('offset') ?? 0);
    const limit = Number(query.get('limit') ?? 0);
    found = found.slice(offset, limit > 0 ? offset + limit : undefined);
    const fields = query.get('include_fields')?.split(',');
    const project = (b: Record<string, unknown>) =>
      fields ? Object.fromEntries(fields.filter((f) => f in b).map((f) => [f, b[f]])) : b;
    send(res, 200, { bugs: found.map(project) });
  }

  function comments(res: ServerResponse, bug: ReplayBug, query: URLSearchParams): void {
    const newSince = query.get('new_since');
    const list = bug.comments.filter((c) => newSince === null || timeOf(c.creation_time) > timeOf(newSince));
    send(res, 200, { bugs: { [String(bug.bug.id)]: { comments: list } }, comments: {} });
  }

  function history(res: ServerResponse, bug: ReplayBug, query: URLSearchParams): void {
    const newSince = query.get('new_since');
    const list = (bug.history ?? []).filter((h) => newSince === null || timeOf(h.when) > timeOf(newSince));
    send(res, 200, { bugs: [{ history: list, id: Number(bug.bug.id), alias: [] }] });
  }

  async function post(req: IncomingMessage, res: ServerResponse, bug: ReplayBug): Promise<void> {
    const key = req.headers['x-bugzilla-api-key'];
    if (options.apiKey === undefined || key !== options.apiKey)
      return bmoError(res, 401, 410, 'You must log in before using this part of Bugzilla.');
    let body: { comment?: unknown; is_markdown?: unknown };
    try {
      body = JSON.parse(await readBody(req)) as typeof body;
    } catch {
      return bmoError(res, 400, 32000, 'The request body is not JSON.');
    }
    if (typeof body.comment !== 'string' || body.comment.trim() === '')
      return bmoError(res, 400, 54, 'You did not set the comment parameter.');
    const id = nextCommentId();
    const at = wireTime(now());
    bug.comments.push({
      id,
      bug_id: Number(bug.bug.id),
      count: bug.comments.length,
      creator: options.account ?? 'api-user@example.com',
      creation_time: at,
      time: at,
      text: body.comment,
      raw_text: body.comment,
      is_private: false,
      is_markdown: body.is_markdown === true,
      attachment_id: null,
      tags: [],
    });
    bug.bug.last_change_time = at;
    if (typeof bug.bug.comment_count === 'number') bug.bug.comment_count = bug.comments.length;
    posted.push({
      bugId: Number(bug.bug.id),
      id,
      text: body.comment,
      isMarkdown: body.is_markdown === true,
      apiKey: key,
    });
    send(res, 201, { id });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://replay');
    if (req.method === 'GET' && url.pathname === '/rest/bug') return search(res, url.searchParams);
    const match = /^\/rest\/bug\/(\d+)\/(comment|history)$/.exec(url.pathname);
    if (!match)
      return bmoError(
        res,
        404,
        32614,
        `A REST API resource was not found for '${req.method} ${url.pathname}'.`,
      );
    const bug = bugs.get(Number(match[1]));
    if (!bug) return bmoError(res, 404, 101, `Bug #${match[1]} does not exist.`);
    if (match[2] === 'comment' && req.method === 'POST') return post(req, res, bug);
    if (req.method !== 'GET') return bmoError(res, 405, 32614, `${req.method} is not supported here.`);
    return match[2] === 'comment'
      ? comments(res, bug, url.searchParams)
      : history(res, bug, url.searchParams);
  }

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '' });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const answer = async () => {
      if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
      const failure = requests.length > failFrom ? { status: 503 } : failures.shift();
      if (failure) {
        const headers: Record<string, string> = failure.retryAfter
          ? { 'retry-after': failure.retryAfter }
          : {};
        const message = failure.status === 429 ? 'Too many requests' : 'Service unavailable';
        return send(res, failure.status, { error: true, message, code: failure.status }, headers);
      }
      await route(req, res);
    };
    answer().catch((error: unknown) => bmoError(res, 500, 32000, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    posted,
    requests,
    setBug: (b) => void bugs.set(Number(b.bug.id), b),
    failNext(count, status, retryAfter) {
      for (let i = 0; i < count; i++)
        failures.push({ status, ...(retryAfter !== undefined && { retryAfter }) });
    },
    failAfter(after) {
      failFrom = requests.length + after;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
