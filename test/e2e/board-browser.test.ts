/**
 * The deadline board in headless Chromium: a staff member signs in and lands on the board, sees the
 * overdue clock first, red and labelled "overdue", and narrows the rows with the owner filter.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { addBug, addIncident } from '../alerts/fixtures.js';
import { launchBrowser } from '../support/browser.js';
import { type Desk, insertCase, openDesk, PASSWORD, T0 } from '../web/desk.js';

const DAY = 86_400_000;
/** The layout's --over colour. */
const RED = 'rgb(207, 34, 46)';
/** The page's window, typed by hand: the tests compile without the DOM's types. */
type Styled = { getComputedStyle(el: unknown): { color: string } };
/** The colour the page shows an element in. */
const colour = (l: Locator) =>
  l.evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).color);

describe('the deadline board in a browser', { timeout: 120_000 }, () => {
  let desk: Desk;
  let browser: Browser;
  let url: string;
  let page: Page;
  before(async () => {
    desk = await openDesk({ VIGIL_CA_OWNER: 'Example CA', VIGIL_CA_DOMAINS: 'ca.example' });
    const alice = await desk.user('staff', 'alice@ca.example');
    const bob = await desk.user('reviewer', 'bob@ca.example');
    await insertCase(desk.store, { received_at: T0, owner_id: alice.id });
    await addIncident(desk.store, bob.id, { aware_at: T0 - 4 * DAY, owner_id: bob.id });
    await addBug(desk.store, { id: 1885754, last_ca_comment_at: T0 - 6 * DAY });
    desk.now = T0 + 3_600_000;
    url = await desk.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await desk?.close();
  });

  const subjects = () => page.locator('tbody td[data-label="Subject"]').allTextContents();

  it('shows the overdue clock first, in red and in words', async () => {
    await page.goto(`${url}/board`);
    await page.getByLabel('E-mail address').fill('alice@ca.example');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${url}/board`);
    assert.deepEqual(
      (await subjects()).map((s) => s.trim()),
      ['incident 1', 'bug 1885754', 'case CPR-000001', 'incident 1'],
    );
    const state = page.locator('tbody tr').first().locator('td[data-label="State"] strong');
    assert.equal((await state.textContent())?.trim(), 'overdue');
    assert.equal(await colour(state), RED);
    const countdown = page.locator('tbody tr').first().locator('td[data-label="Due"] span[data-due]');
    assert.match((await countdown.textContent()) ?? '', /^overdue by 1 d 1 h/);
    assert.equal(await colour(countdown), RED);
    const soon = page.locator('tbody tr').nth(1).locator('td[data-label="State"] strong');
    assert.equal((await soon.textContent())?.trim(), 'due soon');
    assert.notEqual(await colour(soon), RED);
  });

  it('narrows the rows to one owner with the filter', async () => {
    await page.getByLabel('Owner or co-owner').selectOption({ label: 'The staff' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/\/board\?owner=\d+$/);
    assert.deepEqual(
      (await subjects()).map((s) => s.trim()),
      ['case CPR-000001'],
    );
    await page.getByLabel('Owner or co-owner').selectOption({ label: 'Nobody yet' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/\/board\?owner=none$/);
    assert.deepEqual(
      (await subjects()).map((s) => s.trim()),
      ['bug 1885754'],
    );
  });
});
