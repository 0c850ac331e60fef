/**
 * The queue in a real browser: the countdown script (allowed by the CSP as a
 * script of this site) ticks the server-rendered clocks and recolours them
 * when they cross into due-soon and overdue. The page's clock is Playwright's,
 * moved forward, never waited on.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser as Chromium } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/web/auth.js';
import { startSession } from '../../src/users/sessions.js';
import { formatDuration } from '../../src/rules/index.js';
import { FORMAT_DURATION_JS } from '../../src/web/views/clocks.js';
import { launchBrowser } from '../support/browser.js';
import { type Desk, insertCase, openDesk, T0 } from './desk.js';

const HOUR = 3_600_000;

describe('the countdown script', () => {
  const pageFormat = new Function(`${FORMAT_DURATION_JS}; return formatDuration;`)() as (
    ms: number,
  ) => string;
  it('writes a duration as the server does', () => {
    const m = 60_000;
    for (const ms of [
      0,
      999,
      1000,
      59_999,
      m,
      m + 1000,
      59 * m + 59_999,
      HOUR,
      HOUR + 1000,
      HOUR + m,
      24 * HOUR - 1,
      24 * HOUR,
      24 * HOUR + 30 * m,
      52 * HOUR + 59 * m,
      400 * 24 * HOUR + 5 * HOUR,
      -(2 * 24 * HOUR + 4 * HOUR + 59 * m),
    ])
      assert.equal(pageFormat(ms), formatDuration(ms), `${ms} ms`);
  });
});

describe('the live countdown', () => {
  let desk: Desk;
  let chromium: Chromium;
  let url: string;
  before(async () => {
    desk = await openDesk();
    url = await desk.app.listen({ host: '127.0.0.1', port: 0 });
    chromium = await launchBrowser();
  });
  after(async () => {
    await chromium?.close();
    await desk.close();
  });

  it('ticks and changes colour as the deadline comes and goes', async () => {
    const staff = await desk.user('staff');
    await insertCase(desk.store, { received_at: T0 });
    // 7 h 0 min 30 s left of 24: not yet due soon (75 % is at 18 h), and half a minute from a change of text.
    desk.now = T0 + 17 * HOUR - 30_000;
    const token = await startSession(desk.store.db, staff.id, desk.now, null);
    const context = await chromium.newContext();
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The browser's own request for /favicon.ico is the one 404 allowed.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
    });
    await page.clock.install({ time: new Date() });
    await page.goto(`${url}/cases`);

    const clock = page.locator('[data-due]').first();
    assert.equal(await clock.getAttribute('class'), 'state-ok');
    assert.equal(await clock.textContent(), 'due in 7 h', 'as the server wrote it');

    await page.clock.runFor(1.5 * HOUR);
    assert.equal(await clock.getAttribute('class'), 'state-due_soon');
    assert.equal(await clock.textContent(), 'due in 5 h 30 min');

    await page.clock.runFor(6 * HOUR);
    assert.equal(await clock.getAttribute('class'), 'state-overdue');
    assert.match((await clock.textContent()) ?? '', /^overdue by 29 min (29|30|31) s$/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
