import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { addActionItem, updateActionItem } from '../../src/incidents/actionItems.js';
import { attributeDelay, delaysOf, delayText } from '../../src/incidents/delays.js';
import { emptyReport } from '../../src/incidents/model.js';
import { createIncident, loadIncident, recordPosted, updateReport } from '../../src/incidents/register.js';
import { renderReport } from '../../src/incidents/render.js';
import { addEntry, editEntry, importTimeline, setIncluded } from '../../src/incidents/timeline.js';
import type { Deadline } from '../../src/rules/index.js';
import { eachStore } from '../support/stores.js';
import { HOUR, T, linkedCase, staff, syncedBug } from './store.js';

const BUG = 1885754;
const DAY = 24 * HOUR;

describe('incident timeline', () => {
  eachStore(
    'imports the facts once, keeps edits and exclusions, and adds entries typed by hand',
    async ({ store }) => {
      const db = store.db;
      const ann = await staff(store, 'ann@ca.example');
      const caseId = await linkedCase(store);
      await syncedBug(store, BUG);
      const id = await createIncident(
        db,
        { title: 'CPR', awareAt: T - HOUR, bugId: BUG, caseIds: [caseId] },
        ann.actor,
        T,
      );
      await addActionItem(
        db,
        id,
        {
          description: 'Flag CPRs',
          kind: 'Prevent',
          rootCauses: '1',
          evaluationCriteria: 'c',
          dueAt: T + DAY,
          status: 'Ongoing',
        },
        ann.actor,
        T + HOUR,
      );
      await updateActionItem(
        db,
        id,
        1,
        {
          description: 'Flag CPRs',
          kind: 'Prevent',
          rootCauses: '1',
          evaluationCriteria: 'c',
          dueAt: T + 2 * DAY,
          status: 'Delayed',
        },
        ann.actor,
        T + 2 * HOUR,
      );
      await db
        .insertInto('bug_drafts')
        .values({
          bug_id: BUG,
          incident_id: id,
          kind: 'preliminary',
          body: 'b',
          state: 'posted',
          author_id: ann.user.id,
          created_at: T,
          updated_at: T,
          approved_by: null,
          approved_at: null,
          claimed_by: null,
          claim_expires_at: null,
          attempts: 1,
          next_attempt_at: null,
          posted_at: T + 3 * HOUR,
          comment_id: 17,
          last_error: null,
        })
        .execute();

      assert.equal(await importTimeline(db, id, ann.actor, T + 4 * HOUR), 9);
      const texts = async () =>
        (await loadIncident(db, id))?.timeline.map((e) => [e.at, e.text, e.source, e.included]);
      const number = `CPR-${String(caseId).padStart(6, '0')}`;
      assert.deepEqual(await texts(), [
        [T - 2 * HOUR, `${number}: certificate problem report received ("Key compromise")`, 'case', 1],
        [T - HOUR, 'The CA became aware of the incident', 'audit', 1],
        [T - HOUR + 37_000, `${number}: preliminary report delivered to reporter@example.org`, 'case', 1],
        [T, `Bug ${BUG} comment 0 by reporter@example.org: No answer to my CPR.`, 'bug_comment', 1],
        [T + HOUR, 'Action item 1 added: Flag CPRs (due 2026-11-24, Ongoing)', 'action_item', 1],
        [
          T + 2 * HOUR,
          'Action item 1: status Ongoing → Delayed, due date 2026-11-24 → 2026-11-25',
          'action_item',
          1,
        ],
        [
          T + 2 * HOUR,
          `Bug ${BUG}: whiteboard set to "[ca-compliance] Next update 2026-12-01" by ben@example.org`,
          'bug_history',
          1,
        ],
        [
          T + 2 * HOUR,
          `Bug ${BUG}: needinfo requested from ca@ca.example by ben@example.org`,
          'bug_history',
          1,
        ],
        [T + 3 * HOUR, `Preliminary Incident Report posted to bug ${BUG} (comment id 17)`, 'post', 1],
      ]);

      const timeline = (await loadIncident(db, id))?.timeline ?? [];
      const comment = timeline.find((e) => e.source === 'bug_comment');
      const cc = timeline.find((e) => e.source === 'bug_history');
      assert.ok(comment && cc);
      await editEntry(db, id, comment.id, 'The reporter opened this bug', ann.actor, T + 5 * HOUR);
      await setIncluded(db, id, cc.id, false, ann.actor, T + 5 * HOUR);
      await assert.rejects(editEntry(db, id, 999_999, 'x', ann.actor, T), /no timeline entry/);
      const manual = await addEntry(
        db,
        id,
        { at: T + 90 * 60_000, text: 'Call with the reporter' },
        ann.actor,
        T + 5 * HOUR,
      );

      assert.equal(await importTimeline(db, id, ann.actor, T + 6 * HOUR), 0, 'a second import adds nothing');
      const after = (await loadIncident(db, id))?.timeline ?? [];
      assert.equal(after.length, 10);
      assert.equal(after.find((e) => e.id === comment.id)?.text, 'The reporter opened this bug');
      assert.equal(after.find((e) => e.id === comment.id)?.edited_by, ann.user.id);
      assert.equal(after.find((e) => e.id === cc.id)?.included, 0);
      assert.equal(after.find((e) => e.id === manual)?.source, 'manual');
      const actions = await db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_type', '=', 'incident')
        .where('action', 'like', 'timeline.%')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        actions.map((a) => a.action),
        ['timeline.import', 'timeline.edit', 'timeline.exclude', 'timeline.add', 'timeline.import'],
      );
    },
  );

  eachStore(
    'shows each overrun clock with its rule and lateness, and stores its attribution to a root cause',
    async ({ store }) => {
      const db = store.db;
      const ann = await staff(store, 'ann@ca.example');
      const id = await createIncident(db, { title: 'Late', awareAt: T }, ann.actor, T);
      await recordPosted(db, id, 'preliminary', T + 80 * HOUR);
      await addActionItem(
        db,
        id,
        {
          description: 'a',
          kind: 'Detect',
          rootCauses: '1',
          evaluationCriteria: 'c',
          dueAt: T + DAY,
          status: 'Ongoing',
        },
        ann.actor,
        T,
      );
      const report = emptyReport();
      report.rootCauses = [
        {
          title: 'Manual triage',
          description: '',
          timeline: '',
          detection: '',
          interaction: '',
          methodology: '',
        },
      ];
      await updateReport(db, id, report, ann.actor, T);
      const caseClock: Deadline = {
        key: 'cpr.preliminary-report',
        label: 'Preliminary report',
        startsAt: T,
        dueAt: T + DAY,
        obligation: 'MUST',
        rule: 'BR 4.9.5',
        citation: 'c',
        fact: 'CPR received',
        metAt: T + DAY + 30 * 60_000,
      };
      const loaded = await loadIncident(db, id);
      assert.ok(loaded);
      const now = T + 3 * DAY;
      const input = {
        incident: loaded.incident,
        actionItems: loaded.actionItems,
        bug: null,
        caseDeadlines: new Map([[12, [caseClock]]]),
      };
      const delays = delaysOf(input, now);
      // The action item is due by the end of its UTC day (2026-11-24), the first report 72 h after awareness.
      assert.deepEqual(
        delays.map((d) => [d.subject, d.deadline.key, d.state, d.lateBy]),
        [
          ['CPR-000012', 'cpr.preliminary-report', 'met_late', 30 * 60_000],
          ['action item 1', 'action-item.due', 'overdue', 33 * HOUR],
          [`incident ${id}`, 'incident.first-report', 'met_late', 8 * HOUR],
        ],
      );
      const late = delays[2];
      assert.ok(late);
      assert.match(
        delayText(late, now),
        /^Delay \(incident \d+\): .+ under CCADB IRG 3\.2.* was due 2026-11-26 09:00 UTC; met 2026-11-26 17:00 UTC, 8 h late$/,
      );

      await attributeDelay(db, id, late, 1, ann.actor, now);
      await assert.rejects(attributeDelay(db, id, late, 2, ann.actor, now), /no contributing factor 2/);
      await attributeDelay(db, id, late, 1, ann.actor, now + HOUR);
      const entries = (await loadIncident(db, id))?.timeline ?? [];
      assert.equal(entries.length, 1, 'attributing again updates the one entry');
      assert.equal(entries[0]?.root_cause, 1);
      assert.equal(entries[0]?.at, T + 72 * HOUR);
      const full = renderReport('full', { ...loaded, timeline: entries, caOwner: 'Test CA' });
      assert.match(
        full,
        /- 2026-11-26 09:00 UTC: Delay \(incident \d+\): .*8 h late \(delay attributed to Contributing Factor #1\)\n/,
      );
    },
  );
});
