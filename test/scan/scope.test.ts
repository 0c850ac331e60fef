import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  approveScope,
  listScopes,
  runScope,
  saveScope,
  scopeQuery,
  setDigest,
  userActor,
} from '../../src/scan/scope.js';
import type { Store } from '../../src/store/database.js';
import { eachStore } from '../support/stores.js';
import { CN_LINT, ISSUER, at, auditEntries, certificate, insertCertificate, seedCorpus } from './fixtures.js';

const NOW = at('2026-07-10T00:00:00Z');
const QUERY = { lints: [CN_LINT], issuers: [ISSUER] };

async function saved(store: Store) {
  const scope = await saveScope(
    store.db,
    { name: 'CN not in SAN', incident: ' 1990001 ', query: QUERY },
    'Ada@CA.example',
    NOW,
  );
  assert.ok(scope.ok, scope.ok ? '' : scope.error);
  return scope.value;
}

describe('scopes', () => {
  eachStore('are saved with their query and incident, and listed', async ({ store }) => {
    const scope = await saved(store);
    assert.equal(scope.name, 'CN not in SAN');
    assert.equal(scope.incident, '1990001');
    assert.equal(scope.created_by, 'ada@ca.example');
    assert.deepEqual(scopeQuery(scope), QUERY);
    assert.deepEqual(
      (await listScopes(store.db)).map((s) => s.id),
      [scope.id],
    );
    assert.deepEqual(
      (await auditEntries(store.db)).map((e) => [
        e.actor_type,
        e.actor_label,
        e.action,
        e.subject_type,
        e.subject_id,
      ]),
      [['user', 'ada@ca.example', 'scope.save', 'scope', scope.id]],
    );
    const refused = await saveScope(
      store.db,
      { name: 'x', incident: null, query: {} },
      'ada@ca.example',
      NOW,
    );
    assert.deepEqual(refused, { ok: false, error: 'a scope names the lints of its problem' });
    const nobody = await saveScope(store.db, { name: 'x', incident: null, query: QUERY }, 'ada', NOW);
    assert.deepEqual(nobody, { ok: false, error: 'not an e-mail address: ada' });
  });

  eachStore('need a second person to approve them, once', async ({ store }) => {
    const scope = await saved(store);
    const self = await approveScope(store.db, scope.id, ' ada@ca.EXAMPLE ', NOW + 1);
    assert.deepEqual(self, {
      ok: false,
      error: `ada@ca.example saved scope ${scope.id}: a second person must approve it`,
    });
    const approved = await approveScope(store.db, scope.id, 'bob@ca.example', NOW + 2);
    assert.ok(approved.ok);
    assert.equal(approved.value.approved_by, 'bob@ca.example');
    assert.equal(approved.value.approved_at, NOW + 2);
    const again = await approveScope(store.db, scope.id, 'eve@ca.example', NOW + 3);
    assert.deepEqual(again, { ok: false, error: `scope ${scope.id} was approved by bob@ca.example already` });
    assert.deepEqual(await approveScope(store.db, 999, 'bob@ca.example', NOW), {
      ok: false,
      error: 'no scope 999',
    });
    assert.deepEqual(
      (await auditEntries(store.db)).map((e) => [e.action, e.actor_label]),
      [
        ['scope.save', 'ada@ca.example'],
        ['scope.approve', 'bob@ca.example'],
      ],
    );
  });

  eachStore(
    're-run, show that nothing new appeared, then list what appeared and disappeared',
    async ({ store }) => {
      const { a, bPre, bCert, c } = await seedCorpus(store.db);
      const scope = await saved(store);
      const first = await runScope(store.db, scope.id, 'ada@ca.example', NOW);
      assert.ok(first.ok);
      assert.equal(first.value.count, 3);
      assert.equal(first.value.previousDigest, null);
      assert.equal(first.value.digest, setDigest([a.sha256, bPre.sha256, bCert.sha256, c.sha256]));
      assert.equal(first.value.scope.last_count, 3);
      assert.equal(first.value.scope.last_run_at, NOW);

      const same = await runScope(store.db, scope.id, 'bob@ca.example', NOW + 1);
      assert.ok(same.ok);
      assert.equal(same.value.digest, first.value.digest);
      assert.equal(same.value.previousDigest, first.value.digest);
      assert.deepEqual([same.value.appeared, same.value.disappeared], [[], []]);

      // A later scan finds another precertificate and certificate with the problem; a re-lint clears a.
      const pre = await insertCertificate(
        store.db,
        certificate({ n: 9, notBefore: '2026-07-05T00:00:00Z', cnMismatch: true, precertificate: true }),
      );
      const cert = await insertCertificate(
        store.db,
        certificate({ n: 9, notBefore: '2026-07-05T00:00:00Z', cnMismatch: true }),
      );
      await store.db.deleteFrom('findings').where('certificate_id', '=', a.id).execute();
      const changed = await runScope(store.db, scope.id, 'ada@ca.example', NOW + 2);
      assert.ok(changed.ok);
      assert.equal(changed.value.count, 3);
      assert.notEqual(changed.value.digest, first.value.digest);
      const refs = (list: { sha256: string; kind: string; serial: string; issuer: string }[]) =>
        list.map((r) => [r.sha256, r.kind, r.serial, r.issuer]);
      assert.deepEqual(
        refs(changed.value.appeared),
        [
          [pre.sha256, 'precertificate', pre.serial, ISSUER],
          [cert.sha256, 'certificate', cert.serial, ISSUER],
        ].sort((x, y) => (x[0] as string).localeCompare(y[0] as string)),
      );
      assert.deepEqual(refs(changed.value.disappeared), [[a.sha256, 'certificate', a.serial, ISSUER]]);

      const details = await auditEntries(store.db, 'scope.run');
      assert.deepEqual(
        details.map((d) => [d.actor_label, d.details?.appeared, d.details?.disappeared]),
        [
          ['ada@ca.example', 4, 0],
          ['bob@ca.example', 0, 0],
          ['ada@ca.example', 2, 1],
        ],
      );
    },
  );
});

describe('concurrent scope runs', () => {
  eachStore('take turns: both finish, and the last run is whole', async ({ store, open, dialect }) => {
    const { a, bPre, bCert, c } = await seedCorpus(store.db);
    const scope = await saved(store);
    // Two SQLite connections in one process would block in each other's synchronous busy wait; as
    // separate processes they take turns. One connection runs its transactions one after another.
    const other = dialect === 'postgres' ? await open() : store;
    const runs = await Promise.all([
      runScope(store.db, scope.id, 'ada@ca.example', NOW),
      runScope(other.db, scope.id, 'bob@ca.example', NOW),
    ]);
    assert.deepEqual(
      runs.map((r) => r.ok),
      [true, true],
    );
    const members = await store.db
      .selectFrom('scope_certificates')
      .select('certificate_id')
      .orderBy('certificate_id')
      .execute();
    assert.deepEqual(
      members.map((m) => m.certificate_id),
      [a.id, bPre.id, bCert.id, c.id],
    );
  });
});

describe('scope digest', () => {
  it('is SHA-256 over the sorted fingerprints, one per line', () => {
    const expected = createHash('sha256').update('aa\nbb\ncc').digest('hex');
    assert.equal(setDigest(['cc', 'aa', 'bb']), expected);
    assert.equal(setDigest(['bb', 'cc', 'aa']), expected);
    assert.notEqual(setDigest(['aa', 'bb']), expected);
  });

  it('names the person acting by a normalised e-mail address', () => {
    assert.deepEqual(userActor(' Bob@CA.example '), {
      ok: true,
      value: { type: 'user', id: null, label: 'bob@ca.example' },
    });
    assert.equal(userActor('bob').ok, false);
  });
});
