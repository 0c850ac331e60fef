/**
 * `vigil serve` keeps the CA's bug clocks from Bugzilla by itself: it syncs from the replay server
 * once the CA owner is configured (and not before), the board shows the synced bug's overdue
 * answer, and each alert about it reaches management once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type BugzillaReplay, startBugzillaReplay } from '../support/bugzillaReplay.js';
import { runVigil, startTestServer, type TestServer } from '../support/server.js';
import { type SmtpSink, startSmtpSink } from '../support/smtpSink.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const DAY = 86_400_000;
const OURS = 1_900_201;
const THEIRS = 1_900_202;
const MANAGEMENT = 'compliance-managers@example-ca.test';
/** test/support/server.ts runs the loops at this interval. */
const SWEEP_MS = 500;

const wire = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A bug and its comments as BMO's REST API sends them (bug.rst, comment.rst); people are made up. */
function replayBug(id: number, summary: string, assignee: string, comments: [string, number, string][]) {
  const last = comments.at(-1)?.[1] ?? NOW - 30 * DAY;
  return {
    bug: {
      id,
      product: 'CA Program',
      component: 'CA Certificate Compliance',
      summary,
      status: 'ASSIGNED',
      resolution: '',
      whiteboard: '[ca-compliance] [ov-misissuance] Next update 2026-11-30',
      creator: assignee,
      assigned_to: assignee,
      creation_time: wire(comments[0]?.[1] ?? last),
      last_change_time: wire(last),
      is_open: true,
      flags: [],
    },
    comments: comments.map(([creator, at, text], count) => ({
      id: id * 100 + count,
      bug_id: id,
      count,
      creator,
      author: creator,
      creation_time: wire(at),
      time: wire(at),
      text,
      raw_text: text,
      is_private: false,
      attachment_id: null,
      tags: [],
    })),
  };
}

describe('vigil serve and Bugzilla', { timeout: 60_000 }, () => {
  let replay: BugzillaReplay;
  let sink: SmtpSink;

  before(async () => {
    replay = await startBugzillaReplay({
      bugs: [
        replayBug(OURS, 'Example CA: OV certificates with a misspelt locality', 'lea@example-ca.test', [
          ['lea@example-ca.test', NOW - 20 * DAY, 'Preliminary report: 12 certificates affected.'],
          ['watcher@example.org', NOW - 9 * DAY, 'Why did the pre-issuance linter not catch this?'],
        ]),
        replayBug(THEIRS, 'Other CA: CRL not updated in time', 'ops@other-ca.test', [
          ['watcher@example.org', NOW - 9 * DAY, 'When will the CRL be fixed?'],
        ]),
      ],
      now: () => NOW,
    });
    sink = await startSmtpSink();
  });
  after(async () => {
    await replay.close();
    await sink.close();
  });

  async function serve(env: Record<string, string>): Promise<TestServer> {
    return startTestServer(
      {
        relayPort: sink.port,
        env: { VIGIL_BUGZILLA_URL: replay.url, VIGIL_ALERT_MANAGEMENT: MANAGEMENT, ...env },
      },
      () => NOW,
    );
  }

  it('asks Bugzilla nothing while it does not know which bugs are the CA’s', async () => {
    const server = await serve({});
    try {
      await new Promise((resolve) => setTimeout(resolve, SWEEP_MS * 4));
      assert.deepEqual(replay.requests, []);
    } finally {
      await server.stop();
    }
  });

  it('syncs, shows the unanswered question overdue on the board and alerts management once per clock', async () => {
    const ca = { VIGIL_CA_OWNER: 'Example CA', VIGIL_CA_DOMAINS: 'example-ca.test' };
    const server = await serve(ca);
    try {
      const deadline = Date.now() + 20_000;
      const synced = async () =>
        (await server.store.db.selectFrom('bugs').select('id').orderBy('id').execute()).map((b) => b.id);
      while (Date.now() < deadline && (await synced()).length < 2)
        await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(await synced(), [OURS, THEIRS]);

      const board = await runVigil(['board', '--format', 'json', '--at', wire(NOW)], {
        DATABASE_URL: server.databaseUrl,
        ...ca,
      });
      assert.equal(board.code, 0, board.stderr);
      const rows = JSON.parse(board.stdout) as {
        subject: string;
        kind: string;
        state: string;
        dueAt: string;
      }[];
      assert.deepEqual(
        rows.filter((r) => r.subject.startsWith('bug ')).map((r) => [r.subject, r.kind, r.state, r.dueAt]),
        [
          [`bug ${OURS}`, 'bug.answer', 'overdue', new Date(NOW - 2 * DAY).toISOString()],
          [`bug ${OURS}`, 'bug.update', 'ok', '2026-12-01T00:00:00.000Z'],
        ],
        'only the CA’s own bug has clocks: the question is 2 days past its 7, the update is due by the Next-update day',
      );

      // Two clocks of the bug have alert points due: the answer's breach and the update's 50 %. The
      // weekly report (Monday after 08:00 UTC) goes to the same list; alerts are told by their subject.
      const aboutBug = () => sink.messages.filter((m) => m.subject.startsWith(`[bug ${OURS}]`));
      while (Date.now() < deadline && aboutBug().length < 2)
        await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, SWEEP_MS * 4));
      const subjects = aboutBug().map((m) => m.subject);
      assert.equal(subjects.length, 2, `one alert per clock, none repeated by later sweeps: ${subjects}`);
      assert.ok(
        subjects.some((s) => s.startsWith(`[bug ${OURS}] Overdue by 2 d:`)),
        `the breach of the answer clock: ${subjects}`,
      );
      assert.ok(aboutBug().every((m) => m.envelopeTo.join() === MANAGEMENT));
    } finally {
      await server.stop();
    }
  });
});
