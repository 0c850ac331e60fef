/**
 * Syncing the CA compliance component into the database, on SQLite and PostgreSQL, from the local
 * replay server: a full sync of 3,000 generated bugs, an incremental one that asks only for what
 * changed (counted request by request), a sync cut off half way that resumes, and the CLI.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { createBugzillaClient } from '../../src/bugzilla/client.js';
import { WATERMARK_KEY, syncBugzilla } from '../../src/bugzilla/sync.js';
import { runBugzillaCommand } from '../../src/cli/bugzilla.js';
import type { Store } from '../../src/store/database.js';
import {
  CORPUS_NOW,
  addComment,
  changeWhiteboard,
  generateCorpus,
  ownFixtureBugs,
} from '../support/bugzillaCorpus.js';
import { type ReplayBug, startBugzillaReplay } from '../support/bugzillaReplay.js';
import { eachStore } from '../support/stores.js';

const CA = { owner: 'Entrust', domains: ['entrust.example'], accounts: [] };
const noSleep = async () => {};
const lct = (b: ReplayBug) => Date.parse(String(b.bug.last_change_time));
const isOurs = (b: ReplayBug) => String(b.bug.summary).startsWith(`${CA.owner}:`);
const commentsOf = (bugs: readonly ReplayBug[]) => bugs.reduce((n, b) => n + b.comments.length, 0);
const historyRowsOf = (bugs: readonly ReplayBug[]) =>
  bugs
    .filter(isOurs)
    .reduce((n, b) => n + (b.history ?? []).reduce((m, h) => m + (h.changes as unknown[]).length, 0), 0);

async function count(store: Store, table: 'bugs' | 'bug_comments' | 'bug_history'): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function setting(store: Store, key: string): Promise<string | null> {
  const row = await store.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

describe('Bugzilla sync', () => {
  eachStore('syncs 3,000 bugs, then only the 7 that changed', async ({ store, t }) => {
    const corpus = generateCorpus({ count: 3000, seed: 4, decoys: 20 });
    const watched = corpus.filter((b) => b.bug.component === 'CA Certificate Compliance');
    assert.equal(watched.length, 3000);
    const ours = watched.filter(isOurs);
    const replay = await startBugzillaReplay({ bugs: corpus });
    t.after(() => replay.close());
    const client = createBugzillaClient({ url: replay.url, apiKey: null, sleep: noSleep });

    const started = performance.now();
    const first = await syncBugzilla({ store, client, ca: CA }, CORPUS_NOW);
    const seconds = (performance.now() - started) / 1000;
    t.diagnostic(`full sync of 3,000 bugs, ${commentsOf(watched)} comments: ${seconds.toFixed(1)} s`);
    // Six full pages of 500, then the empty seventh that ends the sweep; a comment request per bug.
    const firstRequests = 7 + 3000 + ours.length;
    assert.deepEqual(first, {
      full: true,
      bugs: 3000,
      changed: 3000,
      comments: commentsOf(watched),
      requests: firstRequests,
      since: null,
    });
    assert.equal(replay.requests.length, firstRequests);
    assert.equal(await count(store, 'bugs'), 3000);
    assert.equal(await count(store, 'bug_comments'), commentsOf(watched));
    assert.equal(await count(store, 'bug_history'), historyRowsOf(watched));
    const privateComments = watched.flatMap((b) => b.comments).filter((c) => c.is_private === true).length;
    const flagged = await store.db
      .selectFrom('bug_comments')
      .select('id')
      .where('is_private', '=', 1)
      .execute();
    assert.equal(flagged.length, privateComments, 'private comments are stored and flagged');
    const oursStored = await store.db.selectFrom('bugs').select('id').where('ours', '=', 1).execute();
    assert.equal(oursStored.length, ours.length);
    const newest = Math.max(...watched.map(lct));
    assert.equal(await setting(store, WATERMARK_KEY), String(newest));
    assert.ok(seconds < 60, `the full sync took ${seconds.toFixed(1)} s`);

    // Seven bugs change an hour later: new comments on four, whiteboard edits on three.
    const at = CORPUS_NOW + 3_600_000;
    const others = watched.filter((b) => !isOurs(b));
    const [o1, o2] = ours as [ReplayBug, ReplayBug];
    const commented = [o1, ...others.slice(10, 13)];
    const edited = [o2, ...others.slice(100, 102)];
    commented.forEach((b, i) =>
      addComment(
        b,
        'root-program@mozilla.example',
        'When is the next update?',
        at + i * 1000,
        90_000_000 + i,
      ),
    );
    for (const b of edited)
      changeWhiteboard(b, 'root-program@mozilla.example', '[ca-compliance] Next update 2026-10-20', at);
    const since = newest - 60_000;
    const overlap = watched.filter(
      (b) => !commented.includes(b) && !edited.includes(b) && lct(b) >= since,
    ).length;

    replay.requests.length = 0;
    const second = await syncBugzilla({ store, client, ca: CA }, at + 60_000);
    assert.deepEqual(second, {
      full: false,
      bugs: 7 + overlap,
      changed: 7,
      comments: 4,
      requests: 1 + 7 + 2,
      since,
    });
    const paths = replay.requests.map((r) => r.path.replace(/\?.*/, ''));
    assert.deepEqual(paths.filter((p) => p === '/rest/bug').length, 1);
    assert.deepEqual(
      paths.filter((p) => p.endsWith('/comment')).sort(),
      [...commented, ...edited].map((b) => `/rest/bug/${String(b.bug.id)}/comment`).sort(),
    );
    assert.deepEqual(
      paths.filter((p) => p.endsWith('/history')).sort(),
      [o1, o2].map((b) => `/rest/bug/${String(b.bug.id)}/history`).sort(),
    );
    assert.ok(
      replay.requests.filter((r) => r.path.includes('/comment')).every((r) => r.path.includes('?new_since=')),
      'only comments newer than the stored ones are asked for',
    );
    assert.equal(await count(store, 'bug_comments'), commentsOf(watched));
    assert.equal(await count(store, 'bug_history'), historyRowsOf(watched));
    const row = await store.db
      .selectFrom('bugs')
      .selectAll()
      .where('id', '=', Number(o2.bug.id))
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.whiteboard, row.next_update_date, row.last_change_time],
      ['[ca-compliance] Next update 2026-10-20', '2026-10-20', at],
    );
    const asked = await store.db
      .selectFrom('bugs')
      .selectAll()
      .where('id', '=', Number(o1.bug.id))
      .executeTakeFirstOrThrow();
    assert.equal(asked.last_other_comment_at, at);

    replay.requests.length = 0;
    const third = await syncBugzilla({ store, client, ca: CA }, at + 120_000);
    assert.deepEqual([third.changed, third.comments, third.requests, replay.requests.length], [0, 0, 1, 1]);
    const audits = await store.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'bugzilla.synced')
      .execute();
    assert.deepEqual(
      audits.map((a) => (JSON.parse(a.details ?? '{}') as { changed: number }).changed),
      [3000, 7, 0],
    );
  });

  eachStore('a sync cut off half way resumes without losing or repeating anything', async ({ store, t }) => {
    const corpus = generateCorpus({ count: 1200, seed: 5 });
    const sorted = [...corpus].sort((a, b) => Number(a.bug.id) - Number(b.bug.id));
    const [page1, rest] = [sorted.slice(0, 500), sorted.slice(500)];
    const replay = await startBugzillaReplay({ bugs: corpus });
    t.after(() => replay.close());
    const client = createBugzillaClient({ url: replay.url, apiKey: null, sleep: noSleep, maxRetries: 2 });

    // Bugzilla goes away for good in the middle of the second page's comments.
    replay.failAfter(1 + 500 + page1.filter(isOurs).length + 1 + 100);
    await assert.rejects(syncBugzilla({ store, client, ca: CA }, CORPUS_NOW), /Service unavailable/);
    await new Promise((r) => setTimeout(r, 200)); // requests still in flight give up too
    assert.equal(await count(store, 'bugs'), 500, 'the first page is stored whole');
    assert.equal(await count(store, 'bug_comments'), commentsOf(page1));
    assert.equal(await setting(store, WATERMARK_KEY), null, 'no watermark before the sweep ends');

    replay.failAfter(Infinity);
    replay.requests.length = 0;
    const resumed = await syncBugzilla({ store, client, ca: CA }, CORPUS_NOW + 60_000);
    assert.deepEqual(resumed, {
      full: true,
      bugs: 700,
      changed: 700,
      comments: commentsOf(rest),
      requests: 2 + 700 + rest.filter(isOurs).length,
      since: null,
    });
    assert.equal(
      replay.requests.filter((r) => r.path.includes('offset=0')).length,
      0,
      'page 1 is not asked again',
    );
    assert.equal(await count(store, 'bugs'), 1200);
    assert.equal(await count(store, 'bug_comments'), commentsOf(corpus));
    assert.equal(await count(store, 'bug_history'), historyRowsOf(corpus));
    assert.equal(await setting(store, WATERMARK_KEY), String(Math.max(...corpus.map(lct))));
  });

  eachStore(
    'vigil bugzilla sync prints the report and exits 0, or 1 when Bugzilla fails',
    async ({ url, t }) => {
      const replay = await startBugzillaReplay({ bugs: ownFixtureBugs() });
      t.after(() => replay.close());
      const run = async (args: string[], bugzillaUrl = replay.url) => {
        let out = '';
        let err = '';
        const env = {
          DATABASE_URL: url,
          VIGIL_BUGZILLA_URL: bugzillaUrl,
          VIGIL_CA_OWNER: 'GoDaddy',
          VIGIL_CA_DOMAINS: 'godaddy.example',
        };
        const io = {
          stdout: { write: (s: string) => (out += s) },
          stderr: { write: (s: string) => (err += s) },
          env,
        };
        const code = await runBugzillaCommand(args, io, () => Date.parse('2026-10-03T00:00:00Z'));
        return { code, out, err };
      };
      const first = await run(['sync', '--format', 'json']);
      assert.equal(first.code, 0, first.err);
      // Four bugs, their twelve comments, and the history of GoDaddy's one bug.
      assert.deepEqual(JSON.parse(first.out), {
        full: true,
        bugs: 4,
        changed: 4,
        comments: 12,
        requests: 6,
        since: null,
      });
      const second = await run(['sync']);
      assert.equal(
        second.out,
        'incremental sync since 2026-10-02T12:35:26.000Z: 1 bug received, 0 new or changed, 0 new comments, 1 request\n',
      );
      const failed = await run(['sync'], `${replay.url}/missing`);
      assert.equal(failed.code, 1);
      assert.match(
        failed.err,
        /vigil bugzilla: sync failed: GET \/rest\/bug\?.*HTTP 404|A REST API resource was not found/,
      );
      assert.equal((await run(['sink'])).code, 2);
    },
  );
});
