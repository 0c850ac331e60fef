/**
 * Review before posting, on both databases, against the local Bugzilla replay server: nothing
 * reaches the bug before a second person approves it, and an approved draft reaches it once —
 * with two posters at once, through a 503, and when Bugzilla's answer is lost.
 */
import assert from 'node:assert/strict';
import { describe, type TestContext } from 'node:test';
import { createBugzillaClient } from '../../src/bugzilla/client.js';
import { approveDraft, createDraft, DraftError, editDraft } from '../../src/bugzilla/drafts.js';
import { LEASE_MS, postApprovedDrafts } from '../../src/bugzilla/post.js';
import type { Store } from '../../src/store/database.js';
import type { Role } from '../../src/store/schema.js';
import { type BugzillaReplay, startBugzillaReplay } from '../support/bugzillaReplay.js';
import { eachStore } from '../support/stores.js';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const KEY = 'vigil-test-api-key-0123456789';
const BUG = 1_900_001;
const TEXT =
  '## Update\n\nWe have revoked 12 of the 40 affected certificates; the rest follow by 2026-11-25.';

/**
 * A CA compliance bug in the shape BMO's REST API sends (bug.rst, and the bug objects of the
 * libmozdata recordings in ../shared/fixtures/bugzilla); the CA and its people are made up.
 */
function replayBug(id: number) {
  const opened = '2026-11-20T08:00:00Z';
  return {
    bug: {
      id,
      product: 'CA Program',
      component: 'CA Certificate Compliance',
      summary: 'Example CA: OV certificates with a misspelt locality',
      status: 'ASSIGNED',
      resolution: '',
      whiteboard: '[ca-compliance] [ov-misissuance]',
      creator: 'compliance@example-ca.test',
      assigned_to: 'compliance@example-ca.test',
      creation_time: opened,
      last_change_time: opened,
      is_open: true,
      flags: [],
      comment_count: 1,
    },
    comments: [
      {
        id: 17_000_001,
        bug_id: id,
        count: 0,
        creator: 'compliance@example-ca.test',
        creation_time: opened,
        time: opened,
        text: 'Preliminary incident report to follow.',
        raw_text: 'Preliminary incident report to follow.',
        is_private: false,
        is_markdown: true,
        attachment_id: null,
        tags: [],
      },
    ],
  };
}

async function addUser(store: Store, email: string, role: Role, disabledAt: number | null = null) {
  const row = await store.db
    .insertInto('users')
    .values({ email, display_name: email, password_hash: 'x', role, created_at: T0, disabled_at: disabledAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const poster = (store: Store, replay: BugzillaReplay, worker = 'w1', apiKey: string | null = KEY) => ({
  store,
  worker,
  config: { bugzilla: { url: replay.url, apiKey, syncMinutes: 15 } },
  // No retries inside the client: the draft's own backoff is what these tests watch.
  client: createBugzillaClient({ url: replay.url, apiKey, maxRetries: 0 }),
});

async function draftRow(store: Store, id: number) {
  return store.db.selectFrom('bug_drafts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function refused(promise: Promise<unknown>, problem: DraftError['problem'], pattern: RegExp) {
  await assert.rejects(
    promise,
    (e: unknown) => e instanceof DraftError && e.problem === problem && pattern.test(e.message),
  );
}

/** A replay server with the bug, two staff writers, a reviewer and an admin; closed after the test. */
async function setting(store: Store, t: TestContext) {
  const replay = await startBugzillaReplay({ bugs: [replayBug(BUG)], apiKey: KEY, now: () => T0 });
  t.after(() => replay.close());
  return {
    replay,
    author: await addUser(store, 'ana@example-ca.test', 'staff'),
    colleague: await addUser(store, 'bo@example-ca.test', 'staff'),
    reviewer: await addUser(store, 'rui@example-ca.test', 'reviewer'),
    admin: await addUser(store, 'ada@example-ca.test', 'admin'),
  };
}

describe('drafts for Bugzilla', () => {
  eachStore('nothing posts before approval, and the author cannot approve', async ({ store, t }) => {
    const { replay, author, colleague, reviewer } = await setting(store, t);
    const id = await createDraft(store.db, { bugId: BUG, kind: 'comment', body: TEXT }, reviewer, T0);
    assert.deepEqual(await postApprovedDrafts(poster(store, replay), T0 + 60_000), {
      posted: 0,
      failed: 0,
      retried: 0,
      released: 0,
      note: null,
    });
    assert.equal(replay.requests.length, 0, 'Bugzilla was not even asked');

    await refused(approveDraft(store.db, id, reviewer, T0), 'forbidden', /author .* cannot approve/);
    await refused(approveDraft(store.db, id, colleague, T0), 'forbidden', /reviewer or admin role/);
    const retired = await addUser(store, 'old@example-ca.test', 'admin', T0 - 1);
    await refused(approveDraft(store.db, id, retired, T0), 'forbidden', /disabled/);
    await refused(editDraft(store.db, id, 'Other words.', author, T0), 'forbidden', /only the author/);
    await postApprovedDrafts(poster(store, replay), T0 + 60_000);
    assert.equal((await draftRow(store, id)).state, 'draft');
    assert.equal(replay.posted.length, 0);
    const actions = await store.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'bug_draft')
      .execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ['draft.create'],
    );
  });

  eachStore('approval then a post delivers exactly one comment, with the API key', async ({ store, t }) => {
    const { replay, author, reviewer } = await setting(store, t);
    const id = await createDraft(store.db, { bugId: BUG, kind: 'comment', body: `${TEXT}\r\n` }, author, T0);
    await approveDraft(store.db, id, reviewer, T0 + 1000);
    const report = await postApprovedDrafts(poster(store, replay), T0 + 2000);
    assert.equal(report.posted, 1);
    assert.equal(replay.posted.length, 1);
    const [comment] = replay.posted;
    assert.deepEqual(comment, { bugId: BUG, id: comment?.id, text: TEXT, isMarkdown: true, apiKey: KEY });
    const row = await draftRow(store, id);
    assert.equal(row.state, 'posted');
    assert.equal(row.comment_id, comment?.id);
    assert.equal(row.posted_at, T0 + 2000);
    assert.equal(row.approved_by, reviewer);
    assert.equal(row.claimed_by, null);

    assert.equal((await postApprovedDrafts(poster(store, replay), T0 + LEASE_MS * 2)).posted, 0);
    assert.equal(replay.posted.length, 1, 'a posted draft is never posted again');
    await refused(approveDraft(store.db, id, reviewer, T0), 'conflict', /posted already/);
    await refused(editDraft(store.db, id, 'Later words.', author, T0), 'conflict', /posted already/);
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['action', 'actor_label', 'details'])
      .where('subject_type', '=', 'bug_draft')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['draft.create', 'draft.approve', 'draft.post'],
    );
    assert.equal(audit[1]?.actor_label, 'rui@example-ca.test');
    assert.equal(JSON.parse(audit[2]?.details ?? '{}').commentId, comment?.id);
  });

  eachStore('editing an approved draft takes the approval away', async ({ store, t }) => {
    const { replay, author, reviewer, admin } = await setting(store, t);
    const id = await createDraft(store.db, { bugId: BUG, kind: 'comment', body: TEXT }, author, T0);
    const seen = (await draftRow(store, id)).updated_at;
    await approveDraft(store.db, id, reviewer, T0, seen);
    await editDraft(store.db, id, `${TEXT}\n\nOne more sentence.`, author, T0);
    const edited = await draftRow(store, id);
    assert.equal(edited.state, 'draft');
    assert.equal(edited.approved_by, null);
    assert.ok(edited.updated_at > seen, 'the version moves even when the clock does not');
    await postApprovedDrafts(poster(store, replay), T0 + 1000);
    assert.equal(replay.posted.length, 0, 'the edited words were not approved');
    await refused(approveDraft(store.db, id, admin, T0, seen), 'conflict', /changed since you read it/);
    await approveDraft(store.db, id, admin, T0 + 2000, edited.updated_at);
    await postApprovedDrafts(poster(store, replay), T0 + 3000);
    assert.deepEqual(
      replay.posted.map((p) => p.text),
      [`${TEXT}\n\nOne more sentence.`],
    );
  });

  eachStore('two posters at once post each draft once', async ({ store, open, t }) => {
    const bugs = [BUG, BUG + 1, BUG + 2];
    const replay = await startBugzillaReplay({
      bugs: bugs.map(replayBug),
      apiKey: KEY,
      now: () => T0,
      latencyMs: 20,
    });
    t.after(() => replay.close());
    const author = await addUser(store, 'ana@example-ca.test', 'staff');
    const reviewer = await addUser(store, 'rui@example-ca.test', 'reviewer');
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      const id = await createDraft(
        store.db,
        { bugId: bugs[i % 3] as number, kind: 'comment', body: `${TEXT} (${i})` },
        author,
        T0,
      );
      await approveDraft(store.db, id, reviewer, T0);
      ids.push(id);
    }
    const other = await open();
    const reports = await Promise.all([
      // Two drafts a claim, so that the posters' claims interleave and must not overlap.
      postApprovedDrafts({ ...poster(store, replay, 'w1'), batch: 2 }, T0 + 1000),
      postApprovedDrafts({ ...poster(other, replay, 'w2'), batch: 2 }, T0 + 1000),
      postApprovedDrafts({ ...poster(store, replay, 'w3'), batch: 2 }, T0 + 1000),
    ]);
    assert.equal(
      reports.reduce((n, r) => n + r.posted, 0),
      6,
    );
    assert.deepEqual(
      replay.posted.map((p) => p.text).sort(),
      ids.map((_, i) => `${TEXT} (${i})`).sort(),
      'every draft arrived, none twice',
    );
    const rows = await store.db.selectFrom('bug_drafts').select(['state', 'comment_id']).execute();
    assert.ok(rows.every((r) => r.state === 'posted'));
    assert.equal(new Set(rows.map((r) => r.comment_id)).size, 6);
  });

  eachStore('a 503 is tried again after the backoff and posts once', async ({ store, t }) => {
    const { replay, author, reviewer } = await setting(store, t);
    const id = await createDraft(store.db, { bugId: BUG, kind: 'comment', body: TEXT }, author, T0);
    await approveDraft(store.db, id, reviewer, T0);
    replay.failNext(1, 503);
    const first = await postApprovedDrafts(poster(store, replay), T0 + 1000);
    assert.deepEqual([first.posted, first.retried], [0, 1]);
    const waiting = await draftRow(store, id);
    assert.equal(waiting.state, 'approved');
    assert.match(waiting.last_error ?? '', /Service unavailable|503/);
    assert.ok((waiting.next_attempt_at ?? 0) > T0 + 1000);
    assert.equal(
      (await postApprovedDrafts(poster(store, replay), T0 + 2000)).retried,
      0,
      'not before the backoff',
    );

    const second = await postApprovedDrafts(poster(store, replay), waiting.next_attempt_at as number);
    assert.equal(second.posted, 1);
    assert.equal(replay.posted.length, 1);
    const row = await draftRow(store, id);
    assert.deepEqual([row.state, row.comment_id, row.last_error], ['posted', replay.posted[0]?.id, null]);
  });

  eachStore('a bad key marks the draft failed until it is approved again', async ({ store, t }) => {
    const { replay, author, reviewer, admin } = await setting(store, t);
    const id = await createDraft(store.db, { bugId: BUG, kind: 'comment', body: TEXT }, author, T0);
    await approveDraft(store.db, id, reviewer, T0);
    const report = await postApprovedDrafts(poster(store, replay, 'w1', 'a-revoked-key'), T0 + 1000);
    assert.deepEqual([report.posted, report.failed], [0, 1]);
    const failed = await draftRow(store, id);
    assert.equal(failed.state, 'failed');
    assert.match(failed.last_error ?? '', /log in/);
    assert.equal(replay.posted.length, 0);
    assert.equal(
      (await postApprovedDrafts(poster(store, replay), T0 + LEASE_MS * 2)).posted,
      0,
      'failed stays failed',
    );

    await approveDraft(store.db, id, admin, T0 + 5000);
    assert.equal((await postApprovedDrafts(poster(store, replay), T0 + 6000)).posted, 1);
    assert.equal(replay.posted.length, 1);
  });

  eachStore('a bug Bugzilla does not have fails at once', async ({ store, t }) => {
    const { replay, author, reviewer } = await setting(store, t);
    const id = await createDraft(store.db, { bugId: 4242, kind: 'comment', body: TEXT }, author, T0);
    await approveDraft(store.db, id, reviewer, T0);
    assert.equal((await postApprovedDrafts(poster(store, replay), T0 + 1000)).failed, 1);
    assert.match((await draftRow(store, id)).last_error ?? '', /does not exist/);
  });

  eachStore('an answer lost after Bugzilla took the comment is not posted again', async ({ store, t }) => {
    const { replay, author, reviewer, admin } = await setting(store, t);
    const id = await createDraft(store.db, { bugId: BUG, kind: 'comment', body: TEXT }, author, T0);
    await approveDraft(store.db, id, reviewer, T0);
    // The comment reaches Bugzilla; the connection drops before its answer is read.
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST') throw new TypeError('socket hang up');
      return response;
    };
    const deps = {
      ...poster(store, replay),
      client: createBugzillaClient({ url: replay.url, apiKey: KEY, maxRetries: 0, fetch: lossy }),
    };
    assert.equal(
      (await postApprovedDrafts(deps, T0 + 1000)).failed,
      1,
      'a POST without an answer is not retried blindly',
    );
    assert.equal(replay.posted.length, 1);

    await approveDraft(store.db, id, admin, T0 + 2000);
    assert.equal((await postApprovedDrafts(poster(store, replay), T0 + 3000)).posted, 1);
    assert.equal(replay.posted.length, 1, 'the comment already on the bug is recorded, not posted again');
    assert.equal((await draftRow(store, id)).comment_id, replay.posted[0]?.id);
  });

  eachStore('without an API key nothing is claimed and the report says why', async ({ store, t }) => {
    const { replay, author, reviewer } = await setting(store, t);
    const id = await createDraft(store.db, { bugId: BUG, kind: 'comment', body: TEXT }, author, T0);
    await approveDraft(store.db, id, reviewer, T0);
    const report = await postApprovedDrafts(poster(store, replay, 'w1', null), T0 + 1000);
    assert.match(
      report.note ?? '',
      /no Bugzilla API key is configured \(VIGIL_BUGZILLA_API_KEY\): 1 approved/,
    );
    assert.equal(replay.requests.length, 0);
    const row = await draftRow(store, id);
    assert.deepEqual([row.state, row.claimed_by, row.attempts], ['approved', null, 0]);
  });

  eachStore('posted reports mark their incident; the Closure Summary closes it', async ({ store, t }) => {
    const { replay, author, reviewer } = await setting(store, t);
    const incident = await store.db
      .insertInto('incidents')
      .values({
        title: 'Misspelt locality',
        bug_id: BUG,
        status: 'open',
        aware_at: T0 - 3_600_000,
        revocation_delay: 0,
        report: '{}',
        created_by: author,
        created_at: T0,
        updated_at: T0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await refused(
      createDraft(store.db, { bugId: BUG, kind: 'full', body: TEXT }, author, T0),
      'invalid',
      /drafted from its incident/,
    );
    await refused(
      createDraft(
        store.db,
        { bugId: BUG + 9, incidentId: incident.id, kind: 'full', body: TEXT },
        author,
        T0,
      ),
      'invalid',
      /reported in bug/,
    );
    const times: Record<string, number> = { preliminary: T0 + 1000, closure: T0 + 2000 };
    for (const kind of ['preliminary', 'closure'] as const) {
      const id = await createDraft(
        store.db,
        { bugId: BUG, incidentId: incident.id, kind, body: `${kind} report` },
        author,
        T0,
      );
      await approveDraft(store.db, id, reviewer, T0);
      assert.equal((await postApprovedDrafts(poster(store, replay), times[kind] as number)).posted, 1);
    }
    const row = await store.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', incident.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.preliminary_posted_at, T0 + 1000);
    assert.equal(row.full_posted_at, null);
    assert.equal(row.closure_posted_at, T0 + 2000);
    assert.deepEqual([row.status, row.closed_at], ['closed', T0 + 2000]);
    const actions = await store.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'incident')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ['incident.preliminary-posted', 'incident.closure-posted'],
    );
  });
});
