import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CaIdentity, analyzeBug, summaryOwner } from '../../src/bugzilla/analysis.js';
import { restBug, restComment } from '../../src/bugzilla/rest.js';
import { type BugClockFacts, bugDeadlines, clockState } from '../../src/rules/index.js';

const at = (iso: string) => Date.parse(iso);
const DAY = 24 * 3_600_000;

/** A bug as BMO's REST API sends it (extra fields pass through the schema, as on the wire). */
function wireBug(over: Record<string, unknown>) {
  return restBug.parse({
    id: 2011430,
    product: 'CA Program',
    component: 'CA Certificate Compliance',
    summary: 'D-Trust: Delayed publication of audit attestation letters in the CCADB',
    status: 'ASSIGNED',
    resolution: '',
    whiteboard: '[ca-compliance] [audit-delay] Next update 2026-11-01',
    creator: 'ana-laura.martorano@d-trust.net',
    assigned_to: 'ana-laura.martorano@d-trust.net',
    assigned_to_detail: { email: 'ana-laura.martorano@d-trust.net', name: 'ana-laura.martorano@d-trust.net' },
    creation_time: '2026-01-20T14:51:29Z',
    last_change_time: '2026-10-02T08:46:23Z',
    is_open: true,
    flags: [],
    ...over,
  });
}
function wireComments(bugId: number, list: [creator: string, time: string][]) {
  return list.map(([creator, time], count) =>
    restComment.parse({
      id: 17_000_000 + count,
      bug_id: bugId,
      count,
      creator,
      author: creator,
      time,
      creation_time: time,
      text: `comment ${count}`,
      raw_text: `comment ${count}`,
      is_private: false,
      tags: [],
      attachment_id: null,
    }),
  );
}
const needinfo = (requestee: string, created: string) => ({
  id: 2_300_000,
  type_id: 800,
  name: 'needinfo',
  status: '?',
  setter: 'bwilson@mozilla.com',
  requestee,
  creation_date: created,
  modification_date: created,
});
const facts = (bugId: number, a: ReturnType<typeof analyzeBug>, openedAt: number): BugClockFacts => ({
  bugId,
  openedAt,
  revocationDelay: a.revocationDelay,
  nextUpdateDate: a.nextUpdateDate,
  lastCaCommentAt: a.lastCaCommentAt,
  openQuestionAt: a.openQuestionAt,
  needinfoCaSince: a.needinfoCaSince,
  lastActionItemChangeAt: null,
});

const dtrust: CaIdentity = { owner: 'D-Trust', domains: ['d-trust.net', 'bdr.de'], accounts: [] };
const nobody: CaIdentity = { owner: null, domains: [], accounts: [] };

describe('bug analysis', () => {
  it('takes the CA owner from the summary and knows our own bugs, case-insensitively', () => {
    assert.equal(summaryOwner('Netlock:  CA in AIA in PEM format'), 'Netlock');
    assert.equal(
      summaryOwner('Affirmtrust/Entrust: CPR was not responded to in 24 hours'),
      'Affirmtrust/Entrust',
    );
    assert.equal(summaryOwner('No owner here'), null);
    assert.equal(summaryOwner(': title'), null);
    const ours = analyzeBug(wireBug({}), [], { ...dtrust, owner: 'd-trust ' });
    assert.deepEqual([ours.caOwner, ours.ours], ['D-Trust', true]);
    assert.equal(analyzeBug(wireBug({}), [], { ...dtrust, owner: 'Entrust' }).ours, false);
  });

  it('reads Next update from the whiteboard and the update clock follows it (bug 2011430 as of 2026-10-02)', () => {
    const bug = wireBug({});
    const comments = wireComments(bug.id, [
      ['ana-laura.martorano@d-trust.net', '2026-01-20T14:51:29Z'],
      ['ana-laura.martorano@d-trust.net', '2026-03-20T13:28:09Z'],
      ['Frank.Meissen@bdr.de', '2026-10-02T08:46:23Z'],
    ]);
    const a = analyzeBug(bug, comments, dtrust);
    assert.deepEqual(
      [a.tags, a.nextUpdateDate, a.lastCaCommentAt, a.openQuestionAt],
      [['ca-compliance', 'audit-delay'], '2026-11-01', at('2026-10-02T08:46:23Z'), null],
    );
    const update = bugDeadlines(facts(bug.id, a, bug.creation_time)).find((d) => d.key === 'bug.update');
    assert.equal(update?.dueAt, at('2026-11-02T00:00:00Z'));
    assert.equal(update && clockState(update, at('2026-10-02T12:00:00Z')), 'ok');
  });

  it("watching another CA's bug, the assignee's domain speaks for the CA", () => {
    const bug = wireBug({});
    const comments = wireComments(bug.id, [
      ['ana-laura.martorano@d-trust.net', '2026-01-20T14:51:29Z'],
      ['Moritz.Schaal@d-trust.net', '2026-03-20T13:28:09Z'],
      ['Frank.Meissen@bdr.de', '2026-10-02T08:46:23Z'],
    ]);
    const a = analyzeBug(bug, comments, nobody);
    assert.deepEqual(
      [a.ours, a.lastCaCommentAt, a.lastOtherCommentAt, a.openQuestionAt],
      [false, at('2026-03-20T13:28:09Z'), at('2026-10-02T08:46:23Z'), at('2026-10-02T08:46:23Z')],
    );
  });

  it('never treats a public mail provider or Mozilla as the CA, only the assignee account itself', () => {
    const bug = wireBug({ assigned_to: 'ca.person@gmail.com' });
    const comments = wireComments(bug.id, [
      ['reporter@gmail.com', '2026-06-01T00:00:00Z'],
      ['ca.person@gmail.com', '2026-06-02T00:00:00Z'],
      ['bwilson@mozilla.com', '2026-06-03T00:00:00Z'],
    ]);
    const a = analyzeBug(bug, comments, nobody);
    assert.deepEqual(
      [a.lastCaCommentAt, a.openQuestionAt],
      [at('2026-06-02T00:00:00Z'), at('2026-06-03T00:00:00Z')],
    );
    const triage = analyzeBug(wireBug({ assigned_to: 'nobody@mozilla.org' }), comments, nobody);
    assert.equal(triage.lastCaCommentAt, null);
  });

  it('a third party report (comment 0) awaits the CA until it answers', () => {
    const bug = wireBug({ creator: 'reporter@example.net', whiteboard: '[ca-compliance]' });
    const only = analyzeBug(
      bug,
      wireComments(bug.id, [['reporter@example.net', '2026-06-01T10:00:00Z']]),
      dtrust,
    );
    assert.equal(only.openQuestionAt, at('2026-06-01T10:00:00Z'));
    const answered = wireComments(bug.id, [
      ['reporter@example.net', '2026-06-01T10:00:00Z'],
      ['someone@d-trust.net', '2026-06-02T10:00:00Z'],
    ]);
    assert.equal(analyzeBug(bug, answered, dtrust).openQuestionAt, null);
  });

  it('a needinfo on CA staff starts the answer clock; others and answered flags do not', () => {
    const bug = wireBug({
      whiteboard: '[ca-compliance] [audit-delay]',
      flags: [
        needinfo('Moritz.Schaal@d-trust.net', '2026-09-20T09:00:00Z'),
        needinfo('enrico.entschew@bdr.de', '2026-09-18T09:00:00Z'),
        needinfo('bwilson@mozilla.com', '2026-09-01T09:00:00Z'),
        { ...needinfo('ana-laura.martorano@d-trust.net', '2026-08-01T00:00:00Z'), status: '+' },
        { ...needinfo('ana-laura.martorano@d-trust.net', '2026-08-01T00:00:00Z'), name: 'approval' },
      ],
    });
    const comments = wireComments(bug.id, [['ana-laura.martorano@d-trust.net', '2026-09-25T00:00:00Z']]);
    const a = analyzeBug(bug, comments, dtrust);
    assert.deepEqual(a.needinfoCa, ['Moritz.Schaal@d-trust.net', 'enrico.entschew@bdr.de']);
    assert.equal(a.needinfoCaSince, at('2026-09-18T09:00:00Z'));
    const answer = bugDeadlines(facts(bug.id, a, bug.creation_time)).find((d) => d.key === 'bug.answer');
    assert.deepEqual([answer?.fact, answer?.dueAt], ['needinfo on CA staff', at('2026-09-25T09:00:00Z')]);
    assert.equal(answer && clockState(answer, at('2026-09-25T09:00:00Z')), 'overdue');
  });

  it('a question left more than 7 days after the CA last comment is overdue (bug 2029013 on 2026-10-02)', () => {
    const bug = wireBug({
      id: 2029013,
      summary: 'D-Trust: Missing Pre-Signing Linting for TLS Issuance',
      whiteboard: '[ca-compliance] [policy-failure]',
      assigned_to: 'enrico.entschew@bdr.de',
    });
    const comments = wireComments(bug.id, [
      ['enrico.entschew@bdr.de', '2026-04-02T20:50:08Z'],
      ['enrico.entschew@bdr.de', '2026-04-23T15:59:40Z'],
      ['someone@example.org', '2026-09-01T07:00:00Z'],
      ['someone.else@example.com', '2026-09-30T12:06:58Z'],
    ]);
    const a = analyzeBug(bug, comments, { owner: 'D-Trust', domains: ['bdr.de'], accounts: [] });
    assert.equal(a.openQuestionAt, at('2026-09-01T07:00:00Z'));
    const ds = bugDeadlines(facts(bug.id, a, bug.creation_time));
    const answer = ds.find((d) => d.key === 'bug.answer');
    assert.equal(answer?.dueAt, at('2026-09-08T07:00:00Z'));
    assert.equal(answer && clockState(answer, at('2026-10-02T00:00:00Z')), 'overdue');
    const update = ds.find((d) => d.key === 'bug.update');
    assert.equal(update?.dueAt, at('2026-04-23T15:59:40Z') + 7 * DAY);
  });

  it('a revocation-delay bug updates every 3 days (SHOULD) and 7 days (MUST) from the CA last comment', () => {
    const bug = wireBug({
      id: 1999001,
      summary: 'D-Trust: Delayed revocation of certificates with an invalid OU',
      whiteboard: '[ca-compliance] [leaf-revocation-delay]',
    });
    const last = '2026-09-28T16:00:00Z';
    const comments = wireComments(bug.id, [
      ['ana-laura.martorano@d-trust.net', '2026-09-20T10:00:00Z'],
      ['ana-laura.martorano@d-trust.net', last],
    ]);
    const a = analyzeBug(bug, comments, dtrust);
    assert.equal(a.revocationDelay, true);
    const ds = bugDeadlines(facts(bug.id, a, bug.creation_time));
    const should = ds.find((d) => d.key === 'bug.revocation-delay.should');
    const must = ds.find((d) => d.key === 'bug.revocation-delay');
    assert.deepEqual([should?.obligation, should?.dueAt], ['SHOULD', at('2026-10-01T16:00:00Z')]);
    assert.deepEqual([must?.obligation, must?.dueAt], ['MUST', at('2026-10-05T16:00:00Z')]);
    const now = at('2026-10-02T00:00:00Z');
    assert.deepEqual([should && clockState(should, now), must && clockState(must, now)], ['overdue', 'ok']);
  });
});
