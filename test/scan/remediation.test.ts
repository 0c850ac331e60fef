import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  planRevocations,
  recordRevocation,
  remediateScope,
  remediationView,
  scopeRemediations,
} from '../../src/scan/remediation.js';
import { crlReasonName, parseCrlCode } from '../../src/scan/remediationCodes.js';
import { remediationStatus, statusJson, statusText } from '../../src/scan/remediationStatus.js';
import { saveScope } from '../../src/scan/scope.js';
import type { Store } from '../../src/store/database.js';
import type { Remediation } from '../../src/store/scanSchema.js';
import { eachStore } from '../support/stores.js';
import { CN_LINT, at, auditEntries, certificate, insertCertificate, seedCorpus } from './fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const AWARE = at('2026-07-01T09:30:00Z');
/** A 90-day certificate issued before the CA was made aware. */
const VALID = { notBefore: at('2026-06-01T00:00:00Z'), notAfter: at('2026-08-29T23:59:59Z') };

function row(reason: number, facts: Partial<Remediation> = {}): Remediation {
  return {
    id: 1,
    certificate_id: 1,
    scope_id: 1,
    reason,
    aware_at: AWARE,
    planned_at: null,
    revoked_at: null,
    revocation_code: null,
    recorded_at: null,
    note: null,
    ...facts,
  };
}

describe('remediation deadlines and states', () => {
  it('gives reasons 1-5 one MUST deadline 24 h after awareness: a revocation at 24:00:00.000 is late', () => {
    const view = remediationView(row(3), VALID, AWARE);
    assert.deepEqual(
      view.deadlines.map((d) => [d.obligation, d.dueAt - AWARE]),
      [['MUST', DAY]],
    );
    assert.equal(view.dueAt, AWARE + DAY);
    const onTime = remediationView(
      row(3, { revoked_at: AWARE + DAY - 1, revocation_code: 1 }),
      VALID,
      AWARE + 2 * DAY,
    );
    assert.deepEqual(
      [onTime.state, onTime.late, onTime.wrongReason, onTime.missedDeadline],
      ['revoked', false, false, false],
    );
    const late = remediationView(
      row(3, { revoked_at: AWARE + DAY, revocation_code: 1 }),
      VALID,
      AWARE + 2 * DAY,
    );
    assert.deepEqual([late.state, late.late, late.missedDeadline], ['revoked', true, true]);
  });

  it('gives reasons 6-16 a SHOULD at 24 h and a MUST at 5 days', () => {
    const view = remediationView(row(12), VALID, AWARE);
    assert.deepEqual(
      view.deadlines.map((d) => [d.obligation, d.dueAt - AWARE]),
      [
        ['SHOULD', DAY],
        ['MUST', 5 * DAY],
      ],
    );
    const at5d = (revokedAt: number) =>
      remediationView(row(12, { revoked_at: revokedAt, revocation_code: 4 }), VALID, AWARE + 6 * DAY).late;
    assert.equal(at5d(AWARE + DAY), false, 'after the SHOULD, before the MUST: not late');
    assert.equal(at5d(AWARE + 5 * DAY - 1), false);
    assert.equal(at5d(AWARE + 5 * DAY), true);
  });

  it('is planned until the deadline and delayed from it, with the planned date as the estimate', () => {
    const before = remediationView(row(3), VALID, AWARE + DAY - 1);
    assert.deepEqual(
      [before.state, before.plannedAt, before.missedDeadline],
      ['planned', AWARE + DAY, false],
    );
    const planned = remediationView(row(3, { planned_at: AWARE + HOUR }), VALID, AWARE);
    assert.equal(planned.plannedAt, AWARE + HOUR);
    const delayed = remediationView(row(3), VALID, AWARE + DAY);
    assert.deepEqual([delayed.state, delayed.plannedAt, delayed.missedDeadline], ['delayed', null, true]);
    const replanned = remediationView(row(3, { planned_at: AWARE + 3 * DAY }), VALID, AWARE + 2 * DAY);
    assert.deepEqual([replanned.state, replanned.plannedAt], ['delayed', AWARE + 3 * DAY]);
  });

  it('flags a revocation with another reason code than the reason requires', () => {
    const revoked = (reason: number, code: number | null) =>
      remediationView(row(reason, { revoked_at: AWARE + HOUR, revocation_code: code }), VALID, AWARE + DAY)
        .wrongReason;
    assert.equal(revoked(12, 4), false, 'not issued per the BRs: superseded');
    assert.equal(revoked(12, 1), true, 'keyCompromise for a misissuance');
    assert.equal(revoked(3, 1), false);
    assert.equal(revoked(1, null), false, 'unspecified: no reasonCode');
    assert.equal(revoked(1, 0), true, 'an explicit unspecified is forbidden (BR 7.2.2)');
    assert.equal(revoked(9, 5), false);
  });

  it('is expired once notAfter has passed unrevoked; a delay counts only if the deadline came first', () => {
    const validity = (hours: number) => ({ notBefore: VALID.notBefore, notAfter: AWARE + hours * HOUR });
    assert.equal(
      remediationView(row(3), validity(10), AWARE + 10 * HOUR).state,
      'planned',
      'valid through notAfter',
    );
    const expired = remediationView(row(3), validity(10), AWARE + 10 * HOUR + 1);
    assert.deepEqual([expired.state, expired.plannedAt, expired.missedDeadline], ['expired', null, false]);
    const expiredLate = remediationView(row(3), validity(30), AWARE + 40 * HOUR);
    assert.deepEqual([expiredLate.state, expiredLate.missedDeadline], ['expired', true]);
  });

  it('exempts short-lived certificates: no deadline, never delayed', () => {
    const notBefore = at('2026-06-29T00:00:00Z');
    const sevenDays = { notBefore, notAfter: notBefore + 7 * DAY - 1000 };
    const exempt = remediationView(row(3), sevenDays, AWARE + 2 * DAY);
    assert.deepEqual(
      [exempt.state, exempt.dueAt, exempt.deadlines, exempt.missedDeadline],
      ['exempt', null, [], false],
    );
    const eightDays = { notBefore, notAfter: notBefore + 8 * DAY - 1000 };
    assert.equal(remediationView(row(3), eightDays, AWARE + 2 * DAY).state, 'delayed');
  });
});

describe('CRL reason codes', () => {
  it('reads numbers, RFC 5280 names and none; prints names', () => {
    assert.equal(parseCrlCode('4'), 4);
    assert.equal(parseCrlCode('KeyCompromise'), 1);
    assert.equal(parseCrlCode('none'), null);
    assert.equal(parseCrlCode('7'), undefined);
    assert.equal(parseCrlCode('revoked'), undefined);
    assert.equal(crlReasonName(null), 'unspecified');
    assert.equal(crlReasonName(0), 'unspecified (reasonCode 0)');
    assert.equal(crlReasonName(9), 'privilegeWithdrawn');
  });
});

async function cnScope(store: Store) {
  const scope = await saveScope(
    store.db,
    { name: 'CN not in SAN', incident: '1990001', query: { lints: [CN_LINT] } },
    'ada@ca.example',
    AWARE,
  );
  assert.ok(scope.ok);
  return scope.value;
}

describe('remediation tracking', () => {
  eachStore('creates one remediation per affected certificate, idempotently', async ({ store }) => {
    const { a, bCert, c, g } = await seedCorpus(store.db);
    const scope = await cnScope(store);
    const request = { reason: 12, awareAt: AWARE };
    assert.deepEqual(await remediateScope(store.db, scope.id, request, 'ada@ca.example', AWARE), {
      ok: true,
      value: { created: 4, existing: 0 },
    });
    assert.deepEqual(await remediateScope(store.db, scope.id, request, 'ada@ca.example', AWARE), {
      ok: true,
      value: { created: 0, existing: 4 },
    });
    // The precertificate and its certificate share the one held by the certificate.
    const held = async () => (await scopeRemediations(store.db, scope.id)).map((r) => r.certificate_id);
    assert.deepEqual(await held(), [a.id, bCert.id, c.id, g.id]);
    const later = await insertCertificate(
      store.db,
      certificate({ n: 9, notBefore: '2026-07-02T00:00:00Z', cnMismatch: true }),
    );
    const known = { reason: 12, awareAt: AWARE + DAY };
    assert.deepEqual(await remediateScope(store.db, scope.id, known, 'ada@ca.example', AWARE + DAY), {
      ok: true,
      value: { created: 1, existing: 4 },
    });
    const rows = await scopeRemediations(store.db, scope.id);
    assert.deepEqual(
      rows.map((r) => [r.certificate_id, r.aware_at]),
      [
        [a.id, AWARE],
        [bCert.id, AWARE],
        [c.id, AWARE],
        [g.id, AWARE],
        [later.id, AWARE + DAY],
      ],
    );
    assert.deepEqual(
      await remediateScope(store.db, scope.id, { reason: 17, awareAt: AWARE }, 'ada@ca.example', AWARE),
      {
        ok: false,
        error: 'reason must be a BR 4.9.1.1 reason number, 1 to 16 (got 17)',
      },
    );
  });

  eachStore(
    'records revocations by either fingerprint, once, and flags late and wrong ones',
    async ({ store }) => {
      const { bPre, bCert } = await seedCorpus(store.db);
      const scope = await cnScope(store);
      await remediateScope(store.db, scope.id, { reason: 12, awareAt: AWARE }, 'ada@ca.example', AWARE);
      const now = AWARE + 6 * DAY;
      const byPre = { sha256: bPre.sha256.toUpperCase(), revokedAt: AWARE + 5 * DAY, code: 1 };
      const recorded = await recordRevocation(store.db, byPre, 'ops@ca.example', now);
      assert.ok(recorded.ok);
      assert.equal(recorded.value.length, 1);
      const [view] = recorded.value;
      assert.deepEqual(
        [view?.row.certificate_id, view?.state, view?.late, view?.wrongReason, view?.row.recorded_at],
        [bCert.id, 'revoked', true, true, now],
      );
      // The same facts again change nothing, not even the time recorded (BR 4.9.7 counts from it).
      const again = await recordRevocation(store.db, byPre, 'ops@ca.example', now + HOUR);
      assert.ok(again.ok);
      assert.equal(again.value[0]?.row.recorded_at, now);
      const corrected = await recordRevocation(
        store.db,
        { sha256: bCert.sha256, revokedAt: AWARE + 5 * DAY, code: 4 },
        'ops@ca.example',
        now + HOUR,
      );
      assert.ok(corrected.ok);
      assert.deepEqual(
        [corrected.value[0]?.wrongReason, corrected.value[0]?.row.recorded_at],
        [false, now + HOUR],
      );
      const records = await auditEntries(store.db, 'remediation.record');
      assert.deepEqual(
        records.map((r) => [r.actor_type, r.actor_label, r.details?.previous]),
        [
          ['user', 'ops@ca.example', null],
          ['user', 'ops@ca.example', { revokedAt: AWARE + 5 * DAY, code: 1 }],
        ],
      );
      const unknown = await recordRevocation(
        store.db,
        { sha256: 'ab'.repeat(32), revokedAt: now, code: 4 },
        'ops@ca.example',
        now,
      );
      assert.deepEqual(unknown, {
        ok: false,
        error: `no certificate ${'ab'.repeat(32)} is tracked for remediation`,
      });
    },
  );

  eachStore('counts what a revocation-delay update reports', async ({ store }) => {
    const { a, bCert, g } = await seedCorpus(store.db);
    const scope = await cnScope(store);
    await remediateScope(store.db, scope.id, { reason: 12, awareAt: AWARE }, 'ada@ca.example', AWARE);
    // a: exactly at the MUST deadline (late); b: on time with the wrong code; c expired before awareness; g open.
    await recordRevocation(
      store.db,
      { sha256: a.sha256, revokedAt: AWARE + 5 * DAY, code: 4 },
      'ops@ca.example',
      AWARE + 5 * DAY,
    );
    await recordRevocation(
      store.db,
      { sha256: bCert.sha256, revokedAt: AWARE + DAY, code: 1 },
      'ops@ca.example',
      AWARE + DAY,
    );
    const now = at('2026-07-10T00:00:00Z');
    const status = await remediationStatus(store.db, scope, now);
    assert.deepEqual(
      { ...status, scope: status.scope.id },
      {
        scope: scope.id,
        at: now,
        certificates: 4,
        revoked: 2,
        notYetRevoked: 1,
        expired: 1,
        exempt: 0,
        delayed: 1,
        late: 1,
        wrongReason: 1,
        estimate: null,
        unplanned: 1,
        missedDeadline: 2,
        revocationDelayIncident: true,
      },
    );
    const planned = await planRevocations(
      store.db,
      scope.id,
      at('2026-07-15T00:00:00Z'),
      'ada@ca.example',
      now,
      g.sha256,
    );
    assert.deepEqual(planned, { ok: true, value: 1 });
    const update = await remediationStatus(store.db, scope, now);
    assert.equal(
      statusText(update),
      [
        `scope ${scope.id} "CN not in SAN" (incident 1990001), at 2026-07-10T00:00:00Z`,
        'certificates               4',
        'revoked                    2',
        'not yet revoked            1',
        'expired before revocation  1',
        'exempt (short-lived)       0',
        'estimate: 2026-07-15T00:00:00Z (latest planned revocation)',
        'late: 1 revoked after the deadline',
        'wrong reason: 1 revoked with another reasonCode than required',
        'revocation delay: 2 certificates were not revoked by their deadline (1 still unrevoked): ' +
          'a revocation-delay incident report is needed (CCADB IRG)',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(statusJson(update));
    assert.deepEqual(
      [json.at, json.estimate, json.unplanned],
      ['2026-07-10T00:00:00Z', '2026-07-15T00:00:00Z', 0],
    );
  });
});
