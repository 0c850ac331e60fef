/**
 * The Bugzilla client on real BMO answers (the libmozdata recordings, when ../shared is there, and
 * the project's own fixtures), served by the local replay server: parsing, retries with backoff and
 * Retry-After, the concurrency limit, and posting only with a key.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BugzillaError, createBugzillaClient } from '../../src/bugzilla/client.js';
import { restFlag } from '../../src/bugzilla/rest.js';
import { WATCHED } from '../../src/bugzilla/sync.js';
import { generateCorpus, ownFixture, ownFixtureBugs } from '../support/bugzillaCorpus.js';
import { startBugzillaReplay } from '../support/bugzillaReplay.js';

const SHARED = join(process.cwd(), '../shared/fixtures/bugzilla');
const KEY = 'client-test-key-0123456789';

type Json = Record<string, unknown>;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
/** A recording's body: what the server sent. */
const recorded = (name: string) => readJson(join(SHARED, name)).body as Json;

const noSleep = async () => {};

function sleeps(): { sleep: (ms: number) => Promise<void>; slept: number[] } {
  const slept: number[] = [];
  return { slept, sleep: async (ms) => void slept.push(ms) };
}

describe('Bugzilla client', () => {
  const haveShared = existsSync(SHARED);
  it(
    haveShared
      ? 'parses every libmozdata recording of real BMO answers'
      : 'libmozdata recordings absent (../shared/fixtures/bugzilla not here): checked on the project fixtures only',
    async (t) => {
      if (!haveShared) return;
      const files = readdirSync(SHARED).filter((f) => f.startsWith('libmozdata_'));
      const checked = new Set<string>();
      const bugOf = (name: string) => (recorded(name).bugs as Json[])[0] as Json;
      const full = bugOf('libmozdata_GET_rest_bug_id12345_full.json');
      const comments =
        (recorded('libmozdata_GET_rest_bug_12345_comment.json').bugs as Record<string, { comments: Json[] }>)[
          '12345'
        ]?.comments ?? [];
      const historyOf = (name: string) => {
        const entry = (recorded(name).bugs as Json[])[0] as { id: number; history: Json[] };
        return { bug: { id: entry.id }, comments: [], history: entry.history };
      };
      const replay = await startBugzillaReplay({
        bugs: [
          { bug: full, comments },
          { bug: bugOf('libmozdata_GET_rest_bug_id1234567_default.json'), comments: [] },
          { bug: bugOf('libmozdata_GET_rest_bug_id843821_flag_with_requestee.json'), comments: [] },
          historyOf('libmozdata_GET_rest_bug_1005958_history.json'),
          historyOf('libmozdata_GET_rest_bug_1156913_history_needinfo_whiteboard.json'),
        ],
      });
      t.after(() => replay.close());
      const client = createBugzillaClient({ url: replay.url, apiKey: null, sleep: noSleep });

      for (const name of [
        'libmozdata_GET_rest_bug_id12345_full.json',
        'libmozdata_GET_rest_bug_id1234567_default.json',
      ]) {
        const bug = bugOf(name);
        const [found] = await client.searchBugs({
          products: [{ product: String(bug.product), component: String(bug.component) }],
        });
        assert.equal(found?.id, bug.id, name);
        assert.equal(found?.whiteboard, bug.whiteboard, name);
        assert.equal(found?.last_change_time, Date.parse(String(bug.last_change_time)), name);
        checked.add(name);
      }

      // Recorded with fewer fields than Vigil asks for: the client says which one is missing, and
      // its needinfo flag with a requestee parses as a flag.
      const narrow = bugOf('libmozdata_GET_rest_bug_id843821_flag_with_requestee.json');
      await assert.rejects(
        client.searchBugs({ products: [{ product: 'Firefox for Android', component: 'General' }] }),
        (e: unknown) =>
          e instanceof BugzillaError && /unexpected answer at bugs\.0\.creation_time/.test(e.message),
      );
      const flag = restFlag.parse((narrow.flags as Json[])[0]);
      assert.deepEqual([flag.requestee, flag.status], ['kbrosnan@mozilla.com', '?']);
      checked.add('libmozdata_GET_rest_bug_id843821_flag_with_requestee.json');

      const parsed = await client.comments(12345);
      assert.deepEqual(
        parsed.map((c) => c.count),
        comments.map((_, i) => i),
      );
      assert.equal(parsed[0]?.creation_time, Date.parse('1999-08-23T23:34:25Z'));
      const since = parsed[10]?.creation_time as number;
      assert.deepEqual(
        (await client.comments(12345, since)).map((c) => c.count),
        parsed.filter((c) => c.creation_time > since).map((c) => c.count),
      );
      checked.add('libmozdata_GET_rest_bug_12345_comment.json');

      const plain = await client.history(1005958);
      assert.equal(plain.length, 23);
      checked.add('libmozdata_GET_rest_bug_1005958_history.json');
      const needinfo = await client.history(1156913);
      const changes = needinfo.flatMap((h) => h.changes.map((c) => c.field_name));
      assert.ok(changes.includes('flagtypes.name') && changes.includes('whiteboard'));
      assert.ok(
        needinfo.some((h) => h.changes.some((c) => c.added === 'needinfo?(richard.marti@gmail.com)')),
      );
      checked.add('libmozdata_GET_rest_bug_1156913_history_needinfo_whiteboard.json');

      // count_only answers a question Vigil never asks; every other recording must be checked above.
      assert.deepEqual(recorded('libmozdata_GET_rest_bug_count_only.json'), { bug_count: 1 });
      checked.add('libmozdata_GET_rest_bug_count_only.json');
      assert.deepEqual(
        files.filter((f) => !checked.has(f)),
        [],
        'a recording nobody checks',
      );
    },
  );

  it('parses the project fixtures: search, comments, history, and errors in their recorded shapes', async (t) => {
    const bugs = ownFixtureBugs();
    const replay = await startBugzillaReplay({
      bugs,
      apiKey: KEY,
      now: () => Date.parse('2026-10-03T00:00:00Z'),
    });
    t.after(() => replay.close());
    const client = createBugzillaClient({ url: replay.url, apiKey: KEY, sleep: noSleep });
    const found = await client.searchBugs({ products: WATCHED, limit: 500, offset: 0 });
    assert.deepEqual(
      found.map((b) => b.id),
      [2007216, 2034359, 2044788, 2058261],
    );
    const revocation = found.find((b) => b.id === 2034359);
    assert.equal(revocation?.flags[0]?.requestee, 'compliance@swisssign.example');
    assert.equal(revocation?.flags[0]?.creation_date, Date.parse('2026-09-30T11:00:00Z'));
    for (const b of bugs) {
      assert.equal((await client.comments(Number(b.bug.id))).length, b.comments.length);
      assert.equal((await client.history(Number(b.bug.id))).length, b.history?.length);
    }
    const raw = async (path: string, init?: RequestInit) =>
      (await fetch(`${replay.url}${path}`, init)).json();
    assert.deepEqual(await raw('/rest/bug/99999999/comment'), ownFixture('error_101_invalid_bug.json'));
    assert.deepEqual(
      await raw('/rest/bug/2007216/comment', { method: 'POST', body: '{"comment":"x"}' }),
      ownFixture('error_410_login_required.json'),
    );
    assert.deepEqual(
      Object.keys(ownFixture('POST_rest_bug_comment_201.json')),
      Object.keys(await client.postComment(2007216, 'Hi.')),
    );
  });

  it('asks BMO for the watched products and components, the fields it stores, in id order', async (t) => {
    const replay = await startBugzillaReplay({ bugs: [] });
    t.after(() => replay.close());
    const client = createBugzillaClient({ url: `${replay.url}/`, apiKey: KEY });
    await client.searchBugs({
      products: WATCHED,
      changedSince: Date.parse('2026-10-02T09:11:27.456Z'),
      limit: 500,
      offset: 1000,
    });
    const url = new URL(replay.requests[0]?.path ?? '', 'http://x');
    assert.equal(url.pathname, '/rest/bug');
    assert.deepEqual(url.searchParams.getAll('product'), ['CA Program', 'NSS']);
    assert.deepEqual(url.searchParams.getAll('component'), ['CA Certificate Compliance']);
    assert.equal(url.searchParams.get('last_change_time'), '2026-10-02T09:11:27Z');
    assert.deepEqual(
      [url.searchParams.get('order'), url.searchParams.get('limit'), url.searchParams.get('offset')],
      ['bug_id', '500', '1000'],
    );
    assert.ok(url.searchParams.get('include_fields')?.split(',').includes('flags'));
    assert.ok(!replay.requests[0]?.path.includes(KEY), 'the key is never in a URL');
    await assert.rejects(
      client.searchBugs({
        products: [
          { product: 'CA Program', component: 'CA Certificate Compliance' },
          { product: 'NSS', component: 'Libraries' },
        ],
      }),
      /every listed product paired with every listed component/,
    );
  });

  it('tries again after 429 and 503, honouring Retry-After in seconds and as an HTTP date', async (t) => {
    const replay = await startBugzillaReplay({ bugs: ownFixtureBugs() });
    t.after(() => replay.close());
    const { sleep, slept } = sleeps();
    const client = createBugzillaClient({ url: replay.url, apiKey: null, sleep, backoffMs: 250 });
    replay.failNext(2, 429, '7');
    assert.equal((await client.comments(2007216)).length, 3);
    assert.deepEqual(slept, [7000, 7000]);
    assert.equal(client.requests, 3);

    const date = new Date(Date.now() + 30_000).toUTCString();
    replay.failNext(1, 503, date);
    await client.history(2007216);
    assert.ok((slept[2] ?? 0) > 25_000 && (slept[2] ?? 0) <= 30_000, `slept ${slept[2]} ms`);

    replay.failNext(2, 503);
    await client.history(2007216);
    assert.deepEqual(slept.slice(3), [250, 500], 'exponential backoff without Retry-After');
  });

  it('gives up after maxRetries with a retryable BugzillaError', async (t) => {
    const replay = await startBugzillaReplay({ bugs: ownFixtureBugs() });
    t.after(() => replay.close());
    const { sleep, slept } = sleeps();
    const client = createBugzillaClient({
      url: replay.url,
      apiKey: null,
      sleep,
      maxRetries: 3,
      backoffMs: 100,
    });
    replay.failNext(10, 503);
    await assert.rejects(
      client.comments(2007216),
      (e: unknown) =>
        e instanceof BugzillaError &&
        e.status === 503 &&
        e.retryable &&
        /Service unavailable/.test(e.message),
    );
    assert.equal(client.requests, 4);
    assert.deepEqual(slept, [100, 200, 400]);
  });

  it('tries a read again when the network fails, but never a post', async (t) => {
    const replay = await startBugzillaReplay({ bugs: ownFixtureBugs(), apiKey: KEY });
    t.after(() => replay.close());
    let drops = 0;
    const flaky: typeof fetch = async (input, init) => {
      if (drops-- > 0) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const client = createBugzillaClient({ url: replay.url, apiKey: KEY, fetch: flaky, sleep: noSleep });
    drops = 1;
    assert.equal((await client.comments(2058261)).length, 3);
    drops = 1;
    await assert.rejects(
      client.postComment(2058261, 'An update.'),
      (e: unknown) => e instanceof BugzillaError && e.status === null && !e.retryable,
    );
    assert.equal(replay.posted.length, 0);
  });

  it('never has more requests in flight than its limit', async (t) => {
    const bugs = generateCorpus({ count: 24, seed: 11 });
    for (const concurrency of [4, 2]) {
      const replay = await startBugzillaReplay({ bugs, latencyMs: 25 });
      t.after(() => replay.close());
      const client = createBugzillaClient({ url: replay.url, apiKey: null, concurrency });
      await Promise.all(bugs.map((b) => client.comments(Number(b.bug.id))));
      assert.equal(replay.requests.length, 24);
      assert.equal(replay.maxInFlight, concurrency, `limit ${concurrency}`);
    }
  });

  it('posts Markdown with the key in its header; without a key, or with a wrong one, it fails', async (t) => {
    const replay = await startBugzillaReplay({ bugs: ownFixtureBugs(), apiKey: KEY });
    t.after(() => replay.close());
    const keyless = createBugzillaClient({ url: replay.url, apiKey: null });
    await assert.rejects(
      keyless.postComment(2007216, 'An update.'),
      (e: unknown) => e instanceof BugzillaError && /needs an API key/.test(e.message),
    );
    assert.equal(replay.requests.length, 0, 'nothing is sent without a key');

    const wrong = createBugzillaClient({ url: replay.url, apiKey: 'not-the-key', sleep: noSleep });
    await assert.rejects(wrong.postComment(2007216, 'An update.'), (e: unknown) => {
      assert.ok(e instanceof BugzillaError);
      assert.deepEqual([e.status, e.retryable], [401, false]);
      assert.match(e.message, /You must log in before using this part of Bugzilla\. \(Bugzilla error 410\)/);
      assert.ok(!e.message.includes('not-the-key'));
      return true;
    });
    assert.equal(wrong.requests, 1);

    const client = createBugzillaClient({ url: replay.url, apiKey: KEY });
    const { id } = await client.postComment(2007216, '## Update\n\nAll revoked.');
    assert.deepEqual(replay.posted, [
      { bugId: 2007216, id, text: '## Update\n\nAll revoked.', isMarkdown: true, apiKey: KEY },
    ]);
    const comments = await client.comments(2007216);
    assert.equal(comments.at(-1)?.id, id);
    assert.ok(replay.requests.every((r) => !r.path.includes(KEY)));
  });

  it('turns an unknown bug and a malformed answer into BugzillaErrors that are not retried', async (t) => {
    const replay = await startBugzillaReplay({ bugs: [] });
    t.after(() => replay.close());
    const client = createBugzillaClient({ url: replay.url, apiKey: null, sleep: noSleep });
    await assert.rejects(
      client.comments(99999999),
      (e: unknown) =>
        e instanceof BugzillaError &&
        e.status === 404 &&
        !e.retryable &&
        /Bug #99999999 does not exist\./.test(e.message),
    );
    assert.equal(client.requests, 1);
    const odd: typeof fetch = async () => new Response('{"bugs":[{"id":"one"}]}', { status: 200 });
    const confused = createBugzillaClient({ url: replay.url, apiKey: null, fetch: odd });
    await assert.rejects(
      confused.searchBugs({ products: WATCHED }),
      (e: unknown) => e instanceof BugzillaError && /unexpected answer at bugs\.0\.id/.test(e.message),
    );
  });
});
