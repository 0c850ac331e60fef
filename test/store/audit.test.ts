import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { SYSTEM, audit } from '../../src/store/audit.js';
import { eachStore } from '../support/stores.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');

describe('audit log', () => {
  eachStore('records who did what, when, to what and from which request', async ({ store }) => {
    await audit(store.db, {
      actor: { type: 'user', id: 7, label: 'ada@ca.example' },
      action: 'case.assign',
      at: NOW,
      subject: { type: 'case', id: 12 },
      details: { owner: 7, note: 'it\'s "quoted"' },
      request: { id: 'req-9', ip: '192.0.2.1' },
    });
    await store.db
      .transaction()
      .execute((trx) => audit(trx, { actor: SYSTEM, action: 'sweep', at: NOW + 1 }));
    const rows = await store.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    assert.deepEqual(rows, [
      {
        id: 1,
        at: NOW,
        actor_type: 'user',
        actor_id: 7,
        actor_label: 'ada@ca.example',
        action: 'case.assign',
        subject_type: 'case',
        subject_id: 12,
        details: '{"owner":7,"note":"it\'s \\"quoted\\""}',
        request_id: 'req-9',
        ip: '192.0.2.1',
      },
      {
        id: 2,
        at: NOW + 1,
        actor_type: 'system',
        actor_id: null,
        actor_label: 'vigil',
        action: 'sweep',
        subject_type: null,
        subject_id: null,
        details: null,
        request_id: null,
        ip: null,
      },
    ]);
  });

  eachStore('refuses to change or remove an entry, in the database itself', async ({ store }) => {
    await audit(store.db, { actor: SYSTEM, action: 'sweep', at: NOW });
    await assert.rejects(
      store.db.updateTable('audit_log').set({ action: 'forged' }).execute(),
      /append-only/,
    );
    await assert.rejects(store.db.deleteFrom('audit_log').execute(), /append-only/);
    const rows = await store.db.selectFrom('audit_log').select('action').execute();
    assert.deepEqual(rows, [{ action: 'sweep' }]);
  });
});
