/**
 * The local Bugzilla stand-in answers as BMO does (bug.rst, comment.rst, general.rst): the tests of
 * the client and the sync are only as good as this wire format.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addComment, generateCorpus } from '../support/bugzillaCorpus.js';
import { type BugzillaReplay, type ReplayBug, startBugzillaReplay } from '../support/bugzillaReplay.js';

const KEY = 'replay-test-key';
const NOW = Date.parse('2026-11-23T10:00:00Z');

async function get(replay: BugzillaReplay, path: string, init?: RequestInit) {
  const response = await fetch(`${replay.url}${path}`, init);
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe('Bugzilla replay server', () => {
  let replay: BugzillaReplay;
  let bugs: ReplayBug[];
  before(async () => {
    bugs = generateCorpus({ count: 30, seed: 7, decoys: 5 });
    replay = await startBugzillaReplay({ bugs, apiKey: KEY, now: () => NOW });
  });
  after(() => replay.close());

  it('searches by repeated product and component, ordered by id, in limit/offset pages', async () => {
    const query = 'product=CA%20Program&product=NSS&component=CA%20Certificate%20Compliance&order=bug_id';
    const all = (await get(replay, `/rest/bug?${query}`)).body.bugs as { id: number; component: string }[];
    assert.equal(all.length, 30, 'the decoys of other components are left out');
    assert.ok(all.every((b) => b.component === 'CA Certificate Compliance'));
    assert.deepEqual(
      all.map((b) => b.id),
      bugs
        .slice(0, 30)
        .map((b) => Number(b.bug.id))
        .sort((a, b) => a - b),
    );
    const page = (await get(replay, `/rest/bug?${query}&limit=12&offset=24`)).body.bugs as { id: number }[];
    assert.deepEqual(
      page.map((b) => b.id),
      all.slice(24).map((b) => b.id),
    );
    const nss = (await get(replay, '/rest/bug?product=NSS&component=CA%20Certificate%20Compliance')).body
      .bugs as unknown[];
    assert.equal(nss.length, bugs.slice(0, 30).filter((b) => b.bug.product === 'NSS').length);
  });

  it('keeps only the fields asked for and the bugs changed at or after last_change_time', async () => {
    const sorted = bugs
      .slice(0, 30)
      .sort(
        (a, b) => Date.parse(String(a.bug.last_change_time)) - Date.parse(String(b.bug.last_change_time)),
      );
    const since = String(sorted[25]?.bug.last_change_time);
    const { body } = await get(
      replay,
      `/rest/bug?product=CA%20Program&product=NSS&include_fields=id,last_change_time&last_change_time=${since}`,
    );
    const found = body.bugs as Record<string, unknown>[];
    assert.equal(found.length, sorted.filter((b) => String(b.bug.last_change_time) >= since).length);
    assert.ok(found.length >= 5);
    assert.deepEqual(Object.keys(found[0] ?? {}).sort(), ['id', 'last_change_time']);
  });

  it('refuses a search without terms as BMO does (error 1000)', async () => {
    const { status, body } = await get(replay, '/rest/bug?limit=5');
    assert.equal(status, 400);
    assert.deepEqual([body.error, body.code], [true, 1000]);
  });

  it('answers comments keyed by bug id, and only those newer than new_since', async () => {
    const b = bugs[3] as ReplayBug;
    const id = String(b.bug.id);
    const { body } = await get(replay, `/rest/bug/${id}/comment`);
    assert.deepEqual(Object.keys(body).sort(), ['bugs', 'comments']);
    assert.deepEqual(body.comments, {});
    const comments = (body.bugs as Record<string, { comments: { count: number }[] }>)[id]?.comments ?? [];
    assert.deepEqual(
      comments.map((c) => c.count),
      b.comments.map((_, i) => i),
    );
    const last = b.comments[b.comments.length - 1] as { creation_time: string };
    const newer = await get(replay, `/rest/bug/${id}/comment?new_since=${last.creation_time}`);
    assert.deepEqual((newer.body.bugs as Record<string, { comments: unknown[] }>)[id]?.comments, []);
  });

  it('answers history as a list of bugs with their history', async () => {
    const b = bugs[4] as ReplayBug;
    const { body } = await get(replay, `/rest/bug/${String(b.bug.id)}/history`);
    const [entry] = body.bugs as { id: number; alias: unknown[]; history: unknown[] }[];
    assert.equal(entry?.id, b.bug.id);
    assert.deepEqual(entry?.alias, []);
    assert.equal(entry?.history.length, b.history?.length);
  });

  it('posts a comment with the key: 201 with its id, the next count, the bug changed now', async () => {
    const b = bugs[5] as ReplayBug;
    const before = b.comments.length;
    const { status, body } = await get(replay, `/rest/bug/${String(b.bug.id)}/comment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bugzilla-api-key': KEY },
      body: JSON.stringify({ comment: 'An update.', is_markdown: true }),
    });
    assert.equal(status, 201);
    const added = b.comments[before] as Record<string, unknown>;
    assert.deepEqual(body, { id: added.id });
    assert.equal(added.count, before);
    assert.equal(b.bug.last_change_time, '2026-11-23T10:00:00Z');
    assert.deepEqual(replay.posted.at(-1), {
      bugId: b.bug.id,
      id: added.id,
      text: 'An update.',
      isMarkdown: true,
      apiKey: KEY,
    });
  });

  it('refuses a post without the right key (401, error 410) and an unknown bug (404, error 101)', async () => {
    const post = (headers: Record<string, string>) =>
      get(replay, `/rest/bug/${String(bugs[6]?.bug.id)}/comment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ comment: 'x' }),
      });
    for (const headers of [{}, { 'x-bugzilla-api-key': 'wrong' }] as Record<string, string>[]) {
      const { status, body } = await post(headers);
      assert.equal(status, 401);
      assert.deepEqual([body.error, body.code], [true, 410]);
    }
    const unknown = await get(replay, '/rest/bug/99999999/comment');
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.body, { error: true, message: 'Bug #99999999 does not exist.', code: 101 });
  });

  it('fails the next requests when told, then for good, and records every request', async () => {
    const path = `/rest/bug/${String(bugs[0]?.bug.id)}/history`;
    replay.failNext(2, 429, '3');
    const first = await get(replay, path);
    assert.deepEqual([first.status, first.headers.get('retry-after')], [429, '3']);
    assert.equal((await get(replay, path)).status, 429);
    assert.equal((await get(replay, path)).status, 200);
    replay.failAfter(1);
    assert.equal((await get(replay, path)).status, 200);
    assert.equal((await get(replay, path)).status, 503);
    assert.equal((await get(replay, path)).status, 503);
    replay.failAfter(Infinity);
    assert.equal((await get(replay, path)).status, 200);
    assert.deepEqual(replay.requests.at(-1), { method: 'GET', path });
  });

  it('lets a bug be replaced or changed between requests', async () => {
    const b = bugs[7] as ReplayBug;
    addComment(b, 'someone@elsewhere.example', 'A question.', NOW, 99_000_001);
    replay.setBug(b);
    const { body } = await get(replay, `/rest/bug/${String(b.bug.id)}/comment`);
    const comments = (body.bugs as Record<string, { comments: { id: number }[] }>)[String(b.bug.id)]
      ?.comments;
    assert.equal(comments?.at(-1)?.id, 99_000_001);
  });
});
