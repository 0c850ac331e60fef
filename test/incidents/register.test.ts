import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { addActionItem, updateActionItem } from '../../src/incidents/actionItems.js';
import { emptyReport } from '../../src/incidents/model.js';
import {
  createIncident,
  IncidentError,
  loadIncident,
  recordPosted,
  setOwners,
  updateReport,
} from '../../src/incidents/register.js';
import { eachStore } from '../support/stores.js';
import { HOUR, T, linkedCase, staff } from './store.js';

const item = {
  description: 'Flag CPRs',
  kind: 'Prevent',
  rootCauses: '1',
  evaluationCriteria: 'none missed',
  dueAt: T + 30 * 24 * HOUR,
  status: 'Ongoing',
} as const;

describe('incident register', () => {
  eachStore(
    'creates, owns, reports and closes an incident, with an audit entry for each change',
    async ({ store }) => {
      const db = store.db;
      const ann = await staff(store, 'ann@ca.example');
      const bob = await staff(store, 'bob@ca.example');
      const caseId = await linkedCase(store);
      const id = await createIncident(
        db,
        { title: ' CPR not answered ', awareAt: T, bugId: 1885754, caseIds: [caseId], ownerId: ann.user.id },
        ann.actor,
        T,
      );
      let loaded = await loadIncident(db, id);
      assert.ok(loaded);
      assert.equal(loaded.incident.title, 'CPR not answered');
      assert.deepEqual(loaded.caseIds, [caseId]);
      assert.deepEqual(loaded.report, emptyReport());

      await assert.rejects(
        setOwners(db, id, { ownerId: ann.user.id, coOwnerId: ann.user.id }, ann.actor, T),
        IncidentError,
      );
      await assert.rejects(setOwners(db, id, { coOwnerId: bob.user.id }, ann.actor, T), /needs an owner/);
      await setOwners(db, id, { ownerId: ann.user.id, coOwnerId: bob.user.id }, ann.actor, T + 1);

      const report = emptyReport();
      report.summary.incidentDescription = 'late';
      await updateReport(db, id, report, bob.actor, T + 2);
      await assert.rejects(
        updateReport(db, id, { summary: { caOwnerCcadbId: 'B1' } }, bob.actor, T + 3),
        /summary\.caOwnerCcadbId/,
      );

      assert.equal(await addActionItem(db, id, item, ann.actor, T + HOUR), 1);
      assert.equal(await addActionItem(db, id, { ...item, description: 'Second' }, ann.actor, T + HOUR), 2);
      await updateActionItem(
        db,
        id,
        1,
        { ...item, description: 'Flag CPRs at intake' },
        ann.actor,
        T + 2 * HOUR,
      );
      loaded = await loadIncident(db, id);
      assert.equal(
        loaded?.actionItems[0]?.changed_at,
        T + HOUR,
        'a new description alone is no change of the clock',
      );
      await updateActionItem(db, id, 1, { ...item, status: 'Complete' }, ann.actor, T + 3 * HOUR);
      await updateActionItem(db, id, 2, { ...item, dueAt: item.dueAt + HOUR }, ann.actor, T + 4 * HOUR);
      loaded = await loadIncident(db, id);
      assert.deepEqual(
        loaded?.actionItems.map((a) => [a.number, a.status, a.changed_at, a.completed_at]),
        [
          [1, 'Complete', T + 3 * HOUR, T + 3 * HOUR],
          [2, 'Ongoing', T + 4 * HOUR, null],
        ],
      );
      await assert.rejects(updateActionItem(db, id, 9, item, ann.actor, T), /no action item 9/);

      await recordPosted(db, id, 'preliminary', T + 5 * HOUR);
      await recordPosted(db, id, 'preliminary', T + 6 * HOUR);
      await recordPosted(db, id, 'closure', T + 7 * HOUR);
      loaded = await loadIncident(db, id);
      assert.equal(loaded?.incident.preliminary_posted_at, T + 5 * HOUR, 'a repost keeps the first posting');
      assert.equal(loaded?.incident.status, 'closed');
      assert.equal(loaded?.incident.closed_at, T + 7 * HOUR);
      await assert.rejects(updateReport(db, id, report, bob.actor, T + 8 * HOUR), /closed/);

      const actions = await db
        .selectFrom('audit_log')
        .select(['action', 'actor_label'])
        .where('subject_type', '=', 'incident')
        .where('subject_id', '=', id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        actions.map((a) => a.action),
        [
          'incident.create',
          'incident.owners',
          'incident.report',
          'action_item.add',
          'action_item.add',
          'action_item.update',
          'action_item.update',
          'action_item.update',
          'incident.posted',
          'incident.posted',
          'incident.posted',
          'incident.close',
        ],
      );
      assert.equal(actions[2]?.actor_label, 'bob@ca.example');
    },
  );

  eachStore('refuses an incident without title, time or existing cases', async ({ store }) => {
    const ann = await staff(store, 'ann@ca.example');
    await assert.rejects(createIncident(store.db, { title: ' ', awareAt: T }, ann.actor, T), /title/);
    await assert.rejects(
      createIncident(store.db, { title: 'x', awareAt: Number.NaN }, ann.actor, T),
      /aware/,
    );
    await assert.rejects(
      createIncident(store.db, { title: 'x', awareAt: T, caseIds: [404] }, ann.actor, T),
      /case/,
    );
    assert.equal((await store.db.selectFrom('incidents').select('id').execute()).length, 0);
  });
});
