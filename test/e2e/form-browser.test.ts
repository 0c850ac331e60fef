/**
 * The public form and the staff queue in headless Chromium, end to end: a
 * reporter files a CPR at / (with and without JavaScript), sees the
 * confirmation with the case number and gets the acknowledgement by mail; a
 * bad field is explained and the typed text kept; a staff member created with
 * `vigil user add` signs in and finds the case in the queue with its
 * countdown to the preliminary report. Screenshots of the form and the queue
 * at phone and desktop sizes go to VIGIL_E2E_SCREENSHOTS when it is set.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { caseNumberInSubject } from '../../src/cpr/subject.js';
import { launchBrowser } from '../support/browser.js';
import { runVigil, startTestServer, type TestServer } from '../support/server.js';
import { type SmtpSink, startSmtpSink } from '../support/smtpSink.js';
import { caseNumberOf, reportedCertificate, waitForMailTo } from './reporters.js';

const RECEIVED = Date.parse('2026-03-02T09:00:00Z');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const STAFF = { email: 'dana@ca.example', password: 'correct horse battery staple' };

describe('the public form and the staff queue in a browser', { timeout: 120_000 }, () => {
  let sink: SmtpSink;
  let server: TestServer;
  let browser: Browser;
  /** The server's clock: it stands still unless a test moves it. */
  let now = RECEIVED;
  /** Screenshots are kept where VIGIL_E2E_SCREENSHOTS names, for a person to look at; else deleted. */
  const keep = process.env.VIGIL_E2E_SCREENSHOTS;
  const shots = keep ?? mkdtempSync(join(tmpdir(), 'vigil-screens-'));
  const filed: { caseNumber: string; reporter: string }[] = [];

  before(async () => {
    sink = await startSmtpSink();
    server = await startTestServer({ relayPort: sink.port }, () => now);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
    if (!keep) rmSync(shots, { recursive: true, force: true });
  });

  async function fileReport(context: BrowserContext, reporter: string, screenshot: string | null) {
    const certificate = reportedCertificate();
    const page = await context.newPage();
    await page.goto(`${server.httpUrl}/`);
    await page.getByLabel('Your e-mail address').fill(reporter);
    await page.getByLabel('Kind of problem').selectOption('misissuance');
    await page.getByLabel('Certificates concerned').fill(`${certificate.pem}https://crt.sh/?id=5550001234\n`);
    await page
      .getByLabel('What is wrong')
      .fill('The certificate below carries a misspelt organisation name.');
    if (screenshot) await page.screenshot({ path: join(shots, screenshot), fullPage: true });
    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.waitForURL(/\/report\/[A-Za-z0-9_-]{24}$/);

    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const caseNumber = /Report received: (CPR-\d{6})/.exec(heading)?.[1];
    assert.ok(caseNumber, `the confirmation names the case: ${heading}`);
    const text = (await page.locator('main').textContent()) ?? '';
    assert.match(text, /due by\s+2026-03-03 09:00 UTC/, 'the confirmation gives the BR 4.9.5 due time');
    assert.match(text, new RegExp(`SHA-256 ${certificate.sha256}`), 'and the certificate it understood');

    const ack = await waitForMailTo(sink, reporter);
    assert.equal(caseNumberOf(ack), caseNumber, 'the acknowledgement carries the same case number');
    assert.match(ack.text, new RegExp(`SHA-256 ${certificate.sha256}`));
    assert.match(ack.text, /crt\.sh ID 5550001234/);
    assert.match(ack.text, /by 2026-03-03 09:00 UTC, 24 hours after we received the report/);
    filed.push({ caseNumber, reporter });
    await page.close();
  }

  it('files a report and shows its case number; the acknowledgement reaches the reporter', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      await fileReport(context, 'erin@reporter.example', 'form-phone.png');
      const page = await context.newPage();
      await page.setViewportSize(DESKTOP);
      await page.goto(`${server.httpUrl}/`);
      await page.screenshot({ path: join(shots, 'form-desktop.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('works the same with JavaScript disabled', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    try {
      await fileReport(context, 'frank@reporter.example', null);
    } finally {
      await context.close();
    }
  });

  it('explains a bad e-mail address next to the field and keeps what was typed', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${server.httpUrl}/`);
      const description = 'Key published on a paste site <script>alert(1)</script>';
      await page.getByLabel('Your e-mail address').fill('gina at reporter dot example');
      await page.getByLabel('Kind of problem').selectOption('key_compromise');
      await page.getByLabel('What is wrong').fill(description);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/report')),
        page.getByRole('button', { name: 'Send the report' }).click(),
      ]);
      assert.equal(response.status(), 400);
      await page.waitForLoadState();
      assert.match((await page.locator('#email-error').textContent()) ?? '', /Enter one e-mail address/);
      assert.equal(await page.getByLabel('Your e-mail address').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.getByLabel('Your e-mail address').inputValue(), 'gina at reporter dot example');
      assert.equal(await page.getByLabel('What is wrong').inputValue(), description);
      assert.equal(await page.getByLabel('Kind of problem').inputValue(), 'key_compromise');
      await page.screenshot({ path: join(shots, 'form-error-phone.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('shows a signed-in staff member the case with its countdown, and the case page', async (t) => {
    assert.ok(filed.length > 0, 'a report was filed by the tests above');
    const created = await runVigil(
      ['user', 'add', '--email', STAFF.email, '--name', 'Dana Staff', '--role', 'staff'],
      { DATABASE_URL: server.databaseUrl },
      `${STAFF.password}\n`,
    );
    assert.equal(created.code, 0, `vigil user add failed: ${created.stderr}`);
    now = RECEIVED + 60_000;

    const context = await browser.newContext({ viewport: DESKTOP });
    try {
      const page = await context.newPage();
      await page.clock.install();
      await page.goto(`${server.httpUrl}/cases`);
      await page.waitForURL(/\/login\?next=%2Fcases$/);
      await page.getByLabel('E-mail address').fill(STAFF.email);
      await page.getByLabel('Password').fill(STAFF.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/cases$/);

      const { caseNumber } = filed[0] as (typeof filed)[number];
      // As rendered by the server, at its clock: one minute after receipt.
      const rendered = await (await context.request.get(`${server.httpUrl}/cases`)).text();
      const row = rendered.split('<tr>').find((r) => r.includes(caseNumber)) ?? '';
      assert.match(row, /due in 23 h 59 min/, `the queue row of ${caseNumber} shows the countdown`);
      // In the browser the script keeps it ticking, in the server's time and the server's words.
      const live = page.getByRole('row').filter({ hasText: caseNumber });
      await page.clock.runFor(3 * 60_000);
      await assertEventually(live, /due in 23 h 5[56] min/);
      await page.screenshot({ path: join(shots, 'queue-desktop.png'), fullPage: true });
      await page.setViewportSize(PHONE);
      await page.screenshot({ path: join(shots, 'queue-phone.png'), fullPage: true });

      await page.getByRole('link', { name: caseNumber }).click();
      await page.waitForURL(new RegExp(`/cases/${caseNumberInSubject(caseNumber)}$`));
      assert.match(
        (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
        new RegExp(caseNumber),
      );
      assert.match((await page.locator('main').textContent()) ?? '', /BR 4\.9\.5/);
      await page.screenshot({ path: join(shots, 'case-phone.png'), fullPage: true });
      await page.setViewportSize(DESKTOP);
      await page.screenshot({ path: join(shots, 'case-desktop.png'), fullPage: true });
    } finally {
      await context.close();
    }
    if (keep) t.diagnostic(`screenshots in ${shots}`);
  });
});

/** The locator's text matches within a few seconds (the page's script updates it once a second). */
async function assertEventually(locator: ReturnType<Page['locator']>, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + 5_000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.textContent()) ?? '';
    if (pattern.test(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${pattern} not found in: ${text}`);
}
