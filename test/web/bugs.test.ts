/** Watching others (/bugs): every open bug, how stale, what it waits for, and whether it is ours too. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/store/schema.js';
import { addBug, addIncident } from '../alerts/fixtures.js';
import { Browser, type Desk, flat, openDesk, T0 } from './desk.js';

const DAY = 86_400_000;

const bugsShown = (body: string) =>
  [...body.matchAll(/<a href="\/bugs\/(\d+)">bug/g)].map((m) => Number(m[1]));

async function addComment(
  desk: Desk,
  bugId: number,
  id: number,
  count: number,
  creator: string,
  text: string,
) {
  await desk.store.db
    .insertInto('bug_comments')
    .values({
      id,
      bug_id: bugId,
      count,
      creator,
      creation_time: T0 - (20 - count) * DAY,
      text,
      is_private: 0,
    })
    .execute();
}

/** Certificates of our own scans with a finding of `lint`. */
async function addFindings(desk: Desk, lint: string, certificates: number) {
  for (let i = 0; i < certificates; i++) {
    const row = await desk.store.db
      .insertInto('certificates')
      .values({
        sha256: `${lint.length}${i}`.padStart(64, '0'),
        kind: 'certificate',
        serial: `0${i}`,
        issuer: 'CN=Example CA Issuing',
        subject: `CN=host${i}.example.com`,
        dns_names: '[]',
        not_before: T0 - 30 * DAY,
        not_after: T0 + 60 * DAY,
        crl_urls: '[]',
        der: Buffer.of(0x30, 0x00),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await desk.store.db
      .insertInto('findings')
      .values({ certificate_id: row.id, lint, status: 'error', details: null })
      .execute();
  }
}

describe('the watched bugs', () => {
  let desk: Desk;
  let staff: User;
  let browser: Browser;
  before(async () => {
    desk = await openDesk({ VIGIL_CA_OWNER: 'Example CA', VIGIL_CA_DOMAINS: 'ca.example' });
    staff = await desk.user('staff');
    // Ours, past its Next update date with no CA comment since.
    await addBug(desk.store, {
      id: 1885754,
      creation_time: T0 - 40 * DAY,
      next_update_date: '2026-11-20',
      whiteboard: '[ca-compliance] Next update 2026-11-20',
      last_ca_comment_at: T0 - 10 * DAY,
    });
    await addIncident(desk.store, staff.id, {
      bug_id: 1885754,
      owner_id: staff.id,
      title: 'Street addresses',
    });
    // Another CA's: a question unanswered for 9 days, and the comments name a rule our lints check.
    await addBug(desk.store, {
      id: 1900001,
      summary: 'Other CA: OV certificates with a street address in the subject',
      ca_owner: 'Other CA',
      ours: 0,
      creation_time: T0 - 20 * DAY,
      last_ca_comment_at: T0 - 12 * DAY,
      open_question_at: T0 - 9 * DAY,
      last_other_comment_at: T0 - 9 * DAY,
      next_update_date: '2026-12-01',
      flags: JSON.stringify([
        { name: 'needinfo', status: '?', requestee: 'pki@other.example', setter: 'ben@mozilla.example' },
      ]),
    });
    await addComment(
      desk,
      1900001,
      9001,
      0,
      'pki@other.example',
      'We issued certificates in violation of BR section 7.1.4.2.2.',
    );
    await addComment(
      desk,
      1900001,
      9002,
      1,
      'ben@mozilla.example',
      'Did e_sub_cert_street_address_should_not_exist catch these? <script>x</script>',
    );
    // Another CA's, up to date, naming nothing of ours.
    await addBug(desk.store, {
      id: 1900002,
      summary: 'Third CA: delayed CRL',
      ca_owner: 'Third CA',
      ours: 0,
      creation_time: T0 - 3 * DAY,
      last_ca_comment_at: T0 - DAY,
    });
    await addBug(desk.store, { id: 1800000, is_open: 0, status: 'RESOLVED', resolution: 'FIXED' });
    await addFindings(desk, 'e_sub_cert_street_address_should_not_exist', 3);
    await addFindings(desk, 'e_sub_cert_province_must_not_appear', 1);
    browser = await Browser.signedIn(desk, staff);
  });
  after(() => desk.close());

  it('lists every open bug with its CA, age, and days since the CA last spoke', async () => {
    const body = flat((await browser.get('/bugs')).body);
    assert.deepEqual(bugsShown(body), [1900002, 1900001, 1885754]);
    assert.match(
      body,
      /<td data-label="CA">Example CA<strong>\(ours\)<\/strong><\/td><td data-label="Age">40 d<\/td><td data-label="CA&#39;s last comment">10 d ago<\/td>/,
    );
    assert.match(body, /<td data-label="CA">Other CA<\/td><td data-label="Age">20 d<\/td>/);
  });

  it('marks a passed Next update date and a question older than a week in red and in words', async () => {
    const body = flat((await browser.get('/bugs')).body);
    assert.match(body, /<strong class="state-overdue">2026-11-20, overdue<\/strong>/);
    assert.match(body, /<td data-label="Next update">2026-12-01<\/td>/);
    assert.match(body, /<strong class="state-overdue">unanswered for 9 d<\/strong>/);
  });

  it("hints that another CA's problem also fires on our certificates", async () => {
    const body = flat((await browser.get('/bugs')).body);
    // BR 7.1.4.2.2 is checked by several lints; two of them fire on four of our certificates.
    assert.match(
      body,
      /<a href="\/bugs\/1900001#also-ours"><strong>also fires on 4 of your certificates<\/strong><\/a>/,
    );
    assert.match(body, /mentions BR 7.1.4.2.2, e_sub_cert_street_address_should_not_exist/);
    assert.equal(
      body.match(/also fires on/g)?.length,
      1,
      'not on our own bug, nor on one that names nothing',
    );
  });

  it('filters: ours, others, overdue', async () => {
    assert.deepEqual(bugsShown(flat((await browser.get('/bugs?show=ours')).body)), [1885754]);
    assert.deepEqual(bugsShown(flat((await browser.get('/bugs?show=others')).body)), [1900002, 1900001]);
    assert.deepEqual(bugsShown(flat((await browser.get('/bugs?show=overdue')).body)), [1900001, 1885754]);
    assert.match(flat((await browser.get('/bugs?show=overdue')).body), /<option value="overdue"\s+selected>/);
  });

  it('shows one bug: comments, flags, facts, clocks and the way to list our certificates', async () => {
    const r = await browser.get('/bugs/1900001');
    assert.equal(r.statusCode, 200);
    const body = flat(r.body);
    assert.match(
      body,
      /<pre>Did e_sub_cert_street_address_should_not_exist catch these\? &lt;script&gt;x&lt;\/script&gt;<\/pre>/,
    );
    assert.match(body, /needinfo\?\(pki@other.example\) set by ben@mozilla.example/);
    assert.match(body, /<dt>CA<\/dt><dd>Other CA<\/dd>/);
    assert.match(body, /Answer to a question on the bug/);
    assert.match(body, /<h2 id="also-ours">/);
    assert.match(
      body,
      /vigil scan report --list --lint e_[a-z_,]*e_sub_cert_street_address_should_not_exist/,
    );
    const ours = flat((await browser.get('/bugs/1885754')).body);
    assert.match(ours, /<a href="\/incidents\/1">incident 1<\/a>\s?Street addresses/);
    assert.match(ours, /Update by the Next update date \(2026-11-20\)/);
    assert.match(ours, /class="state-overdue"/);
    assert.equal((await browser.get('/bugs/4242')).statusCode, 404);
  });
});
