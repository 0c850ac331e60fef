/**
 * Review before posting in headless Chromium, against a real `vigil serve` whose Bugzilla is the
 * local replay server: one reviewer drafts a comment on a bug and cannot approve it; nothing reaches
 * Bugzilla; a second reviewer approves it; the comment then arrives once, with the drafted text and
 * the API key, and the draft page shows it posted with Bugzilla's comment id.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { type BugzillaReplay, startBugzillaReplay } from '../support/bugzillaReplay.js';
import { runVigil, startTestServer, type TestServer } from '../support/server.js';
import { type SmtpSink, startSmtpSink } from '../support/smtpSink.js';

const KEY = 'vigil-e2e-api-key-9876543210';
const BUG = 1_900_101;
const PASSWORD = 'correct horse battery staple';
const AUTHOR = 'ana@example-ca.test';
const REVIEWER = 'rui@example-ca.test';
const TEXT =
  'We have revoked 40 of the 40 affected certificates.\n\nThe **full report** follows by 2026-11-30.';
/** The server's sweep interval (test/support/server.ts): its posting loop runs at least as often. */
const SWEEP_MS = 500;

/** A CA compliance bug shaped as BMO's REST API sends it (bug.rst); the CA is made up. */
const bug = {
  bug: {
    id: BUG,
    product: 'CA Program',
    component: 'CA Certificate Compliance',
    summary: 'Example CA: OV certificates with a misspelt locality',
    status: 'ASSIGNED',
    resolution: '',
    whiteboard: '[ca-compliance]',
    creator: 'compliance@example-ca.test',
    assigned_to: 'compliance@example-ca.test',
    creation_time: '2026-11-20T08:00:00Z',
    last_change_time: '2026-11-20T08:00:00Z',
    is_open: true,
    flags: [],
  },
  comments: [],
};

describe('draft, review and post in a browser', { timeout: 120_000 }, () => {
  let replay: BugzillaReplay;
  let sink: SmtpSink;
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    replay = await startBugzillaReplay({ bugs: [bug], apiKey: KEY });
    sink = await startSmtpSink();
    server = await startTestServer({
      relayPort: sink.port,
      env: { VIGIL_BUGZILLA_URL: replay.url, VIGIL_BUGZILLA_API_KEY: KEY },
    });
    // Both may approve drafts; only one of them wrote this one.
    for (const email of [AUTHOR, REVIEWER]) {
      const created = await runVigil(
        ['user', 'add', '--email', email, '--name', email.split('@')[0] as string, '--role', 'reviewer'],
        { DATABASE_URL: server.databaseUrl },
        `${PASSWORD}\n`,
      );
      assert.equal(created.code, 0, `vigil user add failed: ${created.stderr}`);
    }
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
    await replay?.close();
  });

  async function signIn(email: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.httpUrl}${path}`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.httpUrl}${path}`);
    return { context, page };
  }

  const posts = () => replay.requests.filter((r) => r.method === 'POST');

  it('posts a comment only after a second person approves it, and once', async () => {
    const a = await signIn(AUTHOR, `/bugs/${BUG}/drafts/new`);
    await a.page.getByLabel(/^Comment/).fill(TEXT);
    await a.page.getByRole('button', { name: 'Save the draft' }).click();
    await a.page.waitForURL(/\/drafts\/\d+$/);
    const draftPath = new URL(a.page.url()).pathname;
    assert.match((await a.page.locator('#draft-state').textContent()) ?? '', /waiting for approval/);
    assert.equal(
      await a.page.getByRole('button', { name: 'Approve and post' }).count(),
      0,
      'not for its author',
    );

    // Nor does a hand-made request let the author approve.
    const csrf = await a.page.locator('input[name=_csrf]').first().inputValue();
    const forged = await a.context.request.post(`${server.httpUrl}${draftPath}/approve`, {
      form: { _csrf: csrf, version: '0' },
      maxRedirects: 0,
    });
    assert.equal(forged.status(), 403);
    assert.match(await forged.text(), /author of a draft cannot approve it/);
    await new Promise((resolve) => setTimeout(resolve, SWEEP_MS * 3));
    assert.deepEqual(posts(), [], 'Bugzilla has received nothing');
    await a.context.close();

    const b = await signIn(REVIEWER, '/drafts');
    await b.page.getByRole('link', { name: `#${draftPath.split('/').pop()}` }).click();
    assert.equal(
      await b.page.locator('#draft-text').textContent(),
      TEXT,
      'the reviewer reads what was written',
    );
    await b.page.getByRole('button', { name: 'Approve and post' }).click();
    await b.page.waitForURL(`${server.httpUrl}${draftPath}`);

    await postedWithin(SWEEP_MS * 6);
    assert.equal(replay.posted.length, 1);
    const [comment] = replay.posted;
    assert.deepEqual(comment, { bugId: BUG, id: comment?.id, text: TEXT, isMarkdown: true, apiKey: KEY });
    assert.equal(posts().length, 1, 'exactly one POST reached Bugzilla');

    await b.page.reload();
    const state = (await b.page.locator('#draft-state').textContent()) ?? '';
    assert.match(state, new RegExp(`Posted .* as comment id\\s+${comment?.id}`));
    assert.equal(
      await b.page
        .getByRole('link', { name: `bug ${BUG}` })
        .first()
        .getAttribute('href'),
      `${replay.url}/show_bug.cgi?id=${BUG}`,
    );
    await b.context.close();
  });

  /** The server's posting loop, woken by the approval, posts: nothing in the test posts for it. */
  async function postedWithin(ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline && replay.posted.length === 0)
      await new Promise((resolve) => setTimeout(resolve, 50));
  }
});
