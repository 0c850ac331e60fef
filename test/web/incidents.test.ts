import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadIncident } from '../../src/incidents/register.js';
import { Browser, type Desk, openDesk, T0 } from './desk.js';

describe('incident pages', () => {
  let desk: Desk;
  let browser: Browser;
  before(async () => {
    desk = await openDesk({ VIGIL_CA_OWNER: 'Test CA' });
    browser = await Browser.signedIn(desk, await desk.user('staff'));
  });
  after(() => desk.close());

  it('opens an incident, fills in its report, adds an action item and renders the templates', async () => {
    assert.match((await browser.get('/incidents')).body, /No incidents yet/);
    assert.equal((await browser.get('/incidents/new')).statusCode, 200);
    const created = await browser.post('/incidents', {
      title: 'CPR not answered',
      aware_at: '2026-11-23T08:00',
      bug_id: '1885754',
      case_ids: '',
      owner: '',
      co_owner: '',
    });
    assert.equal(created.statusCode, 303);
    const url = created.headers.location as string;
    const id = Number(/\/incidents\/(\d+)$/.exec(url)?.[1]);
    await browser.get(url);

    const saved = await browser.post(`${url}/report`, {
      'summary.caOwnerCcadbId': 'A000123',
      'summary.incidentDescription': 'A CPR | was late',
      'summary.sourceOfDisclosure': 'Third Party Reported',
      'rc.0.title': 'Manual triage',
      'rc.1.title': '',
      'dgw.0.text': 'Nobody saw the mail',
      'dgw.0.items': '1',
      'lessons.wentWell': 'Quick fix\nGood logs',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal((await browser.post(`${url}/report`, { 'summary.caOwnerCcadbId': 'B12' })).statusCode, 400);
    const item = await browser.post(`${url}/action-items`, {
      description: 'Flag CPRs',
      kind: 'Prevent',
      root_causes: '1',
      evaluation_criteria: 'No CPR unanswered for 24 h',
      due: '2026-12-31',
      status: 'Ongoing',
    });
    assert.equal(item.statusCode, 303);
    assert.equal((await browser.post(`${url}/timeline/import`)).statusCode, 303);

    const loaded = await loadIncident(desk.store.db, id);
    assert.deepEqual(loaded?.report.lessons.wentWell, ['Quick fix', 'Good logs']);
    assert.deepEqual(
      loaded?.report.rootCauses.map((r) => r.title),
      ['Manual triage'],
    );
    assert.equal(loaded?.actionItems[0]?.due_at, Date.parse('2026-12-31T00:00:00Z'));
    assert.deepEqual(
      loaded?.timeline.map((e) => e.text),
      ['The CA became aware of the incident', 'Action item 1 added: Flag CPRs (due 2026-12-31, Ongoing)'],
    );

    const page = await browser.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /value="A000123"/);
    assert.match(page.body, /A CPR \| was late/);
    assert.match(page.body, /<a href="\/incidents\/\d+\/render\/full">Render Full<\/a>/);

    const list = await browser.get('/incidents');
    assert.match(list.body, /CPR not answered/);
    assert.match(list.body, /Bug 1885754/);

    const full = await browser.get(`${url}/render/full`);
    assert.equal(full.statusCode, 200);
    assert.match(full.body, /## Full Incident Report/);
    assert.match(full.body, /A CPR \\\| was late/);
    assert.match(full.body, /<form method="post" action="\/incidents\/\d+\/drafts" id="create-draft">/);
    assert.match(full.body, /<input type="hidden" name="kind" value="full" \/>/);
    assert.match(
      full.body,
      /summary\.nonComplianceStart|impact\.analysis|The validation finds nothing missing/,
    );
    assert.equal((await browser.get(`${url}/render/other`)).statusCode, 404);
    assert.ok(desk.now >= T0);
  });

  it('turns a rendered report into a draft for the review flow, only for an incident with a bug', async () => {
    await browser.get('/incidents/new');
    const withBug = await browser.post('/incidents', {
      title: 'Late revocation',
      aware_at: '2026-11-22T10:00',
      bug_id: '1900301',
      case_ids: '',
      owner: '',
      co_owner: '',
    });
    const url = withBug.headers.location as string;
    const preliminary = await browser.get(`${url}/render/preliminary`);
    const body = /<input type="hidden" name="body" value="([^"]*)"/.exec(preliminary.body)?.[1];
    assert.ok(
      body?.includes('Preliminary Incident Report'),
      'the render page carries the Markdown to the draft',
    );
    const drafted = await browser.post(`${url}/drafts`, { kind: 'preliminary', body: 'The report.' });
    assert.equal(drafted.statusCode, 303);
    const draftId = Number(/\/drafts\/(\d+)$/.exec(drafted.headers.location as string)?.[1]);
    const draft = await desk.store.db
      .selectFrom('bug_drafts')
      .selectAll()
      .where('id', '=', draftId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [draft.bug_id, draft.incident_id, draft.kind, draft.body, draft.state, draft.approved_by],
      [1900301, Number(/(\d+)$/.exec(url)?.[1]), 'preliminary', 'The report.', 'draft', null],
    );

    await browser.get('/incidents/new');
    const noBug = await browser.post('/incidents', {
      title: 'Not filed yet',
      aware_at: '2026-11-22T10:00',
      bug_id: '',
      case_ids: '',
      owner: '',
      co_owner: '',
    });
    await browser.get(noBug.headers.location as string);
    const refused = await browser.post(`${noBug.headers.location as string}/drafts`, {
      kind: 'preliminary',
      body: 'The report.',
    });
    assert.equal(refused.statusCode, 409);
    assert.equal((await browser.post(`${url}/drafts`, { kind: 'essay', body: 'x' })).statusCode, 400);
  });

  it('needs a signed-in staff member', async () => {
    const anonymous = new Browser(desk.app);
    const response = await anonymous.get('/incidents');
    assert.equal(response.statusCode, 303);
  });
});
