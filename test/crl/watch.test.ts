import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Kysely } from 'kysely';
import { addSource } from '../../src/crl/sources.js';
import { checkAllSources, checkSource } from '../../src/crl/watch.js';
import type { Store } from '../../src/store/database.js';
import type { Database } from '../../src/store/schema.js';
import { OID } from '../../src/x509/oids.js';
import { ext, leaf, root, subCA } from '../support/certs.js';
import { crlAt, DAY, entry, HOUR, issuerFor, rootCrlAt } from '../support/crls.js';
import { eachStore } from '../support/stores.js';
import { type CrlServer, startCrlServer } from './crlServer.js';
import { recordRevocation, storeCertificate } from './fixtures.js';

const NOW = Date.parse('2026-07-01T00:00:00Z');
const CONFIG = {
  alerts: { management: ['ca-ops@example-ca.com'], webhooks: ['http://127.0.0.1:9/hooks/crl'] },
};

let server: CrlServer;
before(async () => {
  server = await startCrlServer();
});
after(() => server.close());

let paths = 0;
/** A fresh URL on the test repository for each test, so the two dialects' runs never share one. */
const newUrl = () => server.url(`/ca-${++paths}.crl`);

/** A leaf of the test issuer, with this serial, whose CRL distribution point is `url`. */
const leafAt = (url: string, serial: bigint, options: Parameters<typeof leaf>[0] = {}) =>
  leaf({
    serial,
    ...options,
    ext: { [OID.crlDistributionPoints]: ext.crlDistributionPoints([url]), ...options.ext },
  });

async function watched(store: Store, url: string) {
  return addSource(store.db, url, issuerFor(), NOW);
}

const outbox = (db: Kysely<Database>) =>
  db
    .selectFrom('outbox')
    .select(['dedupe_key', 'kind', 'recipients', 'subject', 'extra'])
    .orderBy('id')
    .execute();

describe('CRL watch', () => {
  eachStore('records a good CRL with its entries and alerts nobody', async ({ store }) => {
    const url = newUrl();
    const revokedAt = new Date(NOW - DAY);
    server.set(new URL(url).pathname, {
      body: crlAt(NOW, { number: 7, revoked: [entry(0x1001n, 1, revokedAt)] }),
    });
    const report = await checkSource(store, CONFIG, await watched(store, url), NOW);
    assert.equal(report.ok, true, JSON.stringify(report.problems));
    const row = await store.db.selectFrom('crl_checks').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.ok, 1);
    assert.equal(row.signature, 'valid');
    assert.equal(row.crl_number, '7');
    assert.equal(row.this_update, NOW - HOUR);
    assert.equal(row.sha256, report.check.sha256);
    assert.deepEqual(JSON.parse(row.problems), []);
    const entries = await store.db
      .selectFrom('crl_entries')
      .select(['serial', 'revoked_at', 'reason_code'])
      .execute();
    assert.deepEqual(entries, [{ serial: '1001', revoked_at: revokedAt.getTime(), reason_code: 1 }]);
    assert.deepEqual(await outbox(store.db), []);
  });

  eachStore(
    'checks tracked revocations: missing after 24 h, pending, wrong reason, listed',
    async ({ store }) => {
      const { db } = store;
      const url = newUrl();
      const cert = async (serial: bigint) => storeCertificate(db, leafAt(url, serial));
      await recordRevocation(db, await cert(0xa1n), NOW - 25 * HOUR, 1); // missing
      // Its precertificate, revoked with it: one serial, one revocation to look for.
      const precert = leafAt(url, 0xa1n, { ext: { [OID.ctPoison]: ext.ctPoison() } });
      await recordRevocation(db, await storeCertificate(db, precert), NOW - 25 * HOUR, 1);
      await recordRevocation(db, await cert(0xa2n), NOW - 2 * HOUR, 1); // pending
      await recordRevocation(db, await cert(0xa3n), NOW - 30 * HOUR, 4); // listed as keyCompromise
      await recordRevocation(db, await cert(0xa4n), NOW - 30 * HOUR, null); // listed without reasonCode
      const at = new Date(NOW - 29 * HOUR);
      server.set(new URL(url).pathname, {
        body: crlAt(NOW, { revoked: [entry(0xa3n, 1, at), entry(0xa4n, null, at)] }),
      });
      const source = await watched(store, url);

      const report = await checkSource(store, CONFIG, source, NOW);
      assert.deepEqual(
        report.revocations.map((r) => [r.serial, r.state]),
        [
          ['a3', 'wrong_reason'],
          ['a4', 'listed'],
          ['a1', 'missing'],
          ['a2', 'pending'],
        ],
      );
      assert.deepEqual(
        report.problems.map((p) => [p.code, p.severity]),
        [
          ['crl_revocation_missing', 'error'],
          ['crl_revocation_wrong_reason', 'error'],
          ['crl_revocation_pending', 'notice'],
        ],
      );
      assert.match(
        report.problems[0]?.message ?? '',
        /^1 revocation\(s\) recorded more than 24 h ago are not on the CRL: a1 \(recorded/,
      );
      assert.match(
        report.problems[1]?.message ?? '',
        /a3 \(listed with reasonCode 1, recorded with reasonCode 4\)/,
      );
      assert.equal(report.ok, false);
      assert.equal((await db.selectFrom('crl_checks').select('ok').executeTakeFirstOrThrow()).ok, 0);

      // One e-mail to management and one webhook per failing problem code.
      const queued = await outbox(db);
      assert.deepEqual(
        queued.map((r) => [r.kind, r.recipients, r.subject]),
        [
          ['email', 'ca-ops@example-ca.com', `CRL check failed: crl_revocation_missing at ${url}`],
          ['webhook', CONFIG.alerts.webhooks[0], `CRL check failed: crl_revocation_missing at ${url}`],
          ['email', 'ca-ops@example-ca.com', `CRL check failed: crl_revocation_wrong_reason at ${url}`],
          ['webhook', CONFIG.alerts.webhooks[0], `CRL check failed: crl_revocation_wrong_reason at ${url}`],
        ],
      );
      const hook = JSON.parse(queued[1]?.extra ?? '{}');
      assert.equal(hook.event, 'crl.check_failed');
      assert.equal(hook.code, 'crl_revocation_missing');
      assert.deepEqual(hook.source, { id: source.id, location: url });
      assert.equal(report.alerts, 4);

      // The same failure on the same CRL the same day alerts once; the next day, again.
      const again = await checkSource(store, CONFIG, source, NOW + HOUR);
      assert.equal(again.alerts, 0);
      assert.equal((await outbox(db)).length, 4);
      const nextDay = await checkSource(store, CONFIG, source, NOW + DAY);
      assert.equal(nextDay.alerts, 4);
      assert.equal((await db.selectFrom('crl_checks').select('id').execute()).length, 3);
    },
  );

  eachStore('a CRL signed by the wrong key fails and leaves the last good entries', async ({ store }) => {
    const { db } = store;
    const url = newUrl();
    const path = new URL(url).pathname;
    await recordRevocation(db, await storeCertificate(db, leafAt(url, 0xb1n)), NOW - 30 * HOUR, 1);
    const source = await watched(store, url);
    server.set(path, {
      body: crlAt(NOW, { number: 1, revoked: [entry(0xb1n, 1, new Date(NOW - 29 * HOUR))] }),
    });
    assert.equal((await checkSource(store, CONFIG, source, NOW)).ok, true);

    // The ECM failure: the next CRL is signed with another key, and lists nothing.
    server.set(path, { body: crlAt(NOW + HOUR, { number: 2, signer: 'rsa3072' }) });
    const report = await checkSource(store, CONFIG, source, NOW + 2 * HOUR);
    assert.equal(report.check.signature, 'invalid');
    assert.deepEqual(
      report.problems.map((p) => p.code),
      ['crl_signature_invalid'],
    );
    // The revocation is still judged by the last CRL that verified.
    assert.deepEqual(
      report.revocations.map((r) => r.state),
      ['listed'],
    );
    assert.deepEqual(await db.selectFrom('crl_entries').select('serial').execute(), [{ serial: 'b1' }]);
    const keys = (await outbox(db)).map((r) => r.dedupe_key);
    assert.equal(keys.length, 2);
    assert.ok(
      keys.every((k) =>
        k.startsWith(`crl:${source.id}:crl_signature_invalid:${report.check.sha256}:2026-07-01:`),
      ),
    );
  });

  eachStore('the CRLNumber must increase from one check to the next', async ({ store }) => {
    const url = newUrl();
    const path = new URL(url).pathname;
    const source = await watched(store, url);
    server.set(path, { body: crlAt(NOW, { number: 5 }) });
    assert.equal((await checkSource(store, CONFIG, source, NOW)).ok, true);
    assert.equal((await checkSource(store, CONFIG, source, NOW + HOUR)).ok, true); // the same CRL again
    server.set(path, { body: crlAt(NOW + 2 * HOUR, { number: 5 }) });
    const report = await checkSource(store, CONFIG, source, NOW + 3 * HOUR);
    assert.deepEqual(
      report.problems.map((p) => p.code),
      ['crl_number_not_increasing'],
    );
  });

  eachStore('an unavailable CRL is an error: nothing published, revocations missing', async ({ store }) => {
    const { db } = store;
    const url = newUrl();
    await recordRevocation(db, await storeCertificate(db, leafAt(url, 0xc1n)), NOW - 30 * HOUR, 1);
    const report = await checkSource(store, CONFIG, await watched(store, url), NOW);
    assert.deepEqual(
      report.problems.map((p) => p.code),
      ['crl_unavailable', 'crl_revocation_missing'],
    );
    assert.match(report.problems[0]?.message ?? '', /HTTP 404/);
    const row = await db
      .selectFrom('crl_checks')
      .select(['signature', 'sha256', 'ok'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { signature: 'unavailable', sha256: null, ok: 0 });
    assert.ok((await outbox(db)).some((r) => r.dedupe_key.includes(':crl_unavailable:none:2026-07-01:')));
  });

  eachStore(
    'the refresh interval follows the AIA OCSP pointers of the stored certificates',
    async ({ store }) => {
      const { db } = store;
      const url = newUrl();
      // Five days old: within 7 days (every certificate has an OCSP pointer), past 4 (not every one).
      server.set(new URL(url).pathname, {
        body: crlAt(NOW, { thisUpdate: new Date(NOW - 5 * DAY), nextUpdate: new Date(NOW + 4 * DAY) }),
      });
      const source = await watched(store, url);
      await storeCertificate(db, leafAt(url, 0xd1n));
      assert.deepEqual((await checkSource(store, CONFIG, source, NOW)).problems, []);
      const noOcsp = {
        [OID.authorityInfoAccess]: ext.authorityInfoAccess({ caIssuers: ['http://ca.example.net/r1.der'] }),
      };
      await storeCertificate(db, leafAt(url, 0xd2n, { ext: noOcsp }));
      const report = await checkSource(store, CONFIG, source, NOW);
      assert.deepEqual(
        report.problems.map((p) => [p.code, p.severity, p.rule]),
        [['crl_refresh_overdue', 'error', 'BR 4.9.7 (not every certificate has an AIA OCSP pointer)']],
      );
    },
  );

  eachStore(
    'checkAllSources watches the CRL distribution points of stored certificates',
    async ({ store }) => {
      const { db } = store;
      const url = newUrl();
      const rootUrl = newUrl();
      server.set(new URL(url).pathname, { body: crlAt(NOW) });
      server.set(new URL(rootUrl).pathname, {
        body: rootCrlAt(NOW, { nextUpdate: new Date(NOW + 90 * DAY) }),
      });
      // The CAs are stored too, so each CRL is verified by its issuer.
      await storeCertificate(db, root());
      await storeCertificate(
        db,
        subCA({ ext: { [OID.crlDistributionPoints]: ext.crlDistributionPoints([rootUrl]) } }),
      );
      await storeCertificate(db, leafAt(url, 0xe1n));
      await storeCertificate(db, leafAt('ldap://ldap.example.net/cn=CA', 0xe2n)); // not fetched
      const reports = await checkAllSources(store, CONFIG, NOW);
      assert.deepEqual(
        reports.map((r) => [r.source.location, r.check.signature, r.check.scope, r.ok]).sort(),
        [
          [rootUrl, 'valid', 'ca', true],
          [url, 'valid', 'subscriber', true],
        ].sort(),
      );
      // A second round adds nothing and checks again.
      assert.equal((await checkAllSources(store, CONFIG, NOW + HOUR)).length, 2);
      assert.equal((await db.selectFrom('crl_checks').select('id').execute()).length, 4);
    },
  );
});
