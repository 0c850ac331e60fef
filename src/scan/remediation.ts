/**
 * Remediation of the certificates a scope names: each gets the revocation deadline of the BR 4.9.1.1
 * reason chosen (counted from when the CA was made aware), the CRL reason code the reason requires,
 * and a state derived from the recorded facts and now: planned, revoked, expired or delayed.
 * Nothing here is a timer; every view is computed again from the rows.
 */
import type { Kysely } from 'kysely';
import {
  type Deadline,
  clockState,
  cprDeadlines,
  crlReasonMismatch,
  isShortLived,
  requiredCrlReason,
} from '../rules/index.js';
import { audit } from '../store/audit.js';
import type { Remediation } from '../store/scanSchema.js';
import type { Database } from '../store/schema.js';
import { type AffectedCertificate, affectedCertificates, primaryRow, rowsOf } from './reportQuery.js';
import { type Outcome, fail, ok, onScope, scopeQuery, userActor } from './scope.js';

/** exempt: a short-lived certificate (BR 4.9.1.1 makes its revocation optional) not revoked. */
export type RemediationState = 'planned' | 'revoked' | 'expired' | 'delayed' | 'exempt';

export interface RemediationView {
  row: Remediation;
  state: RemediationState;
  /** The SHOULD and MUST deadlines of the reason (one MUST for reasons 1–5); none when exempt. */
  deadlines: Deadline[];
  /** The MUST deadline: revoking at or after it is late. Null when exempt. */
  dueAt: number | null;
  /**
   * When revocation is expected: the planned date, else (before the deadline) the deadline itself.
   * Null once revoked, expired or exempt, and for a delayed one without a new planned date.
   */
  plannedAt: number | null;
  /** Revoked at or after the MUST deadline. */
  late: boolean;
  /** Revoked with another reasonCode than the reason requires (BR 7.2.2, MRSP 6.1.1). */
  wrongReason: boolean;
  /** Still valid and unrevoked at the MUST deadline: a revocation-delay incident is needed. */
  missedDeadline: boolean;
}

/** The state of one remediation at `now`; `notAfter` is inclusive (RFC 5280), so expiry is after it. */
export function remediationView(
  row: Remediation,
  validity: { notBefore: number; notAfter: number },
  now: number,
): RemediationView {
  const shortLived = isShortLived(validity.notBefore, validity.notAfter);
  // The CPR's revocation clock is this one: BR 4.9.5 counts from receipt of a problem report or
  // other revocation-related notice, i.e. from when the CA was made aware. Its report clock is not ours.
  const deadlines = cprDeadlines({
    receivedAt: row.aware_at,
    preliminaryReportSentAt: row.aware_at,
    revocation: { reason: row.reason, decidedAt: row.aware_at, shortLived },
    revocationPublishedAt: row.revoked_at,
  }).filter((d) => d.key.startsWith('cpr.revocation'));
  const must = deadlines.find((d) => d.obligation === 'MUST');
  const dueAt = must?.dueAt ?? null;
  const revoked = row.revoked_at !== null;
  const expired = !revoked && now > validity.notAfter;
  const state: RemediationState = revoked
    ? 'revoked'
    : expired
      ? 'expired'
      : dueAt === null
        ? 'exempt'
        : now >= dueAt
          ? 'delayed'
          : 'planned';
  const late = must !== undefined && revoked && clockState(must, now) === 'met_late';
  const missedDeadline =
    dueAt !== null && (late || (expired ? dueAt <= validity.notAfter : state === 'delayed'));
  return {
    row,
    state,
    deadlines,
    dueAt,
    plannedAt: state === 'planned' ? (row.planned_at ?? dueAt) : state === 'delayed' ? row.planned_at : null,
    late,
    wrongReason: revoked && crlReasonMismatch(row.reason, row.revocation_code),
    missedDeadline,
  };
}

export interface RemediationRequest {
  /** BR 4.9.1.1 reason number, 1–16. */
  reason: number;
  awareAt: number;
  plannedAt?: number | null;
}

export interface RemediationsCreated {
  created: number;
  existing: number;
}

/**
 * One remediation per affected certificate of the scope (a precertificate and its certificate share
 * one, held by the certificate when known). Idempotent: certificates already tracked under the scope
 * keep their rows, so a later call adds only what appeared since, with its own awareness time.
 */
export async function remediateScope(
  db: Kysely<Database>,
  scopeId: number,
  request: RemediationRequest,
  by: string,
  now: number,
): Promise<Outcome<RemediationsCreated>> {
  if (!Number.isInteger(request.reason) || request.reason < 1 || request.reason > 16)
    return fail(`reason must be a BR 4.9.1.1 reason number, 1 to 16 (got ${request.reason})`);
  return onScope(db, scopeId, by, async (trx, scope, actor) => {
    const affected = await affectedCertificates(trx, scopeQuery(scope));
    const tracked = await remediationsOf(trx, affected, scopeId);
    const fresh = affected.filter((a) => !tracked.has(a));
    for (let i = 0; i < fresh.length; i += 500)
      await trx
        .insertInto('remediations')
        .values(
          fresh.slice(i, i + 500).map((a) => ({
            certificate_id: primaryRow(a).id,
            scope_id: scopeId,
            reason: request.reason,
            aware_at: request.awareAt,
            planned_at: request.plannedAt ?? null,
          })),
        )
        .onConflict((oc) => oc.columns(['certificate_id', 'scope_id']).doNothing())
        .execute();
    const result = { created: fresh.length, existing: affected.length - fresh.length };
    await audit(trx, {
      actor,
      action: 'scope.remediate',
      at: now,
      subject: { type: 'scope', id: scopeId },
      details: {
        reason: request.reason,
        crlReason: requiredCrlReason(request.reason).name,
        awareAt: request.awareAt,
        plannedAt: request.plannedAt ?? null,
        ...result,
      },
    });
    return ok(result);
  });
}

/**
 * The remediation of each affected certificate: of the given scope, or else the first one created
 * under any scope. Affected certificates without one are absent from the map.
 */
export async function remediationsOf(
  db: Kysely<Database>,
  affected: readonly AffectedCertificate[],
  scopeId?: number,
): Promise<Map<AffectedCertificate, Remediation>> {
  const owner = new Map<number, AffectedCertificate>();
  for (const a of affected) for (const r of rowsOf(a)) owner.set(r.id, a);
  const ids = [...owner.keys()];
  const out = new Map<AffectedCertificate, Remediation>();
  // In slices: a parameter list of millions overflows both dialects' limits.
  for (let i = 0; i < ids.length; i += 1000) {
    let query = db
      .selectFrom('remediations')
      .selectAll()
      .where('certificate_id', 'in', ids.slice(i, i + 1000));
    if (scopeId !== undefined) query = query.where('scope_id', '=', scopeId);
    for (const row of await query.orderBy('id').execute()) {
      const a = owner.get(row.certificate_id) as AffectedCertificate;
      const held = out.get(a);
      if (held === undefined || row.id < held.id) out.set(a, row);
    }
  }
  return out;
}

export interface Revocation {
  sha256: string;
  revokedAt: number;
  /** The CRL entry's reasonCode; null when it has none (unspecified). */
  code: number | null;
}

/**
 * Records a revocation on every remediation of the certificate (precertificate or certificate, by
 * fingerprint: they share a serial and so a revocation). `recorded_at` starts the BR 4.9.7 clock by
 * which the CRL must show it. Recording the same facts again changes nothing.
 */
export async function recordRevocation(
  db: Kysely<Database>,
  revocation: Revocation,
  by: string,
  now: number,
): Promise<Outcome<RemediationView[]>> {
  const actor = userActor(by);
  if (!actor.ok) return actor;
  const sha256 = revocation.sha256.trim().toLowerCase();
  return db.transaction().execute(async (trx) => {
    const rows = await remediationsByFingerprint(trx, sha256);
    if (rows.length === 0) return fail(`no certificate ${sha256} is tracked for remediation`);
    const views: RemediationView[] = [];
    for (const { notBefore, notAfter, ...row } of rows) {
      const same = row.revoked_at === revocation.revokedAt && row.revocation_code === revocation.code;
      const updated = same
        ? row
        : await trx
            .updateTable('remediations')
            .set({ revoked_at: revocation.revokedAt, revocation_code: revocation.code, recorded_at: now })
            .where('id', '=', row.id)
            .returningAll()
            .executeTakeFirstOrThrow();
      if (!same)
        await audit(trx, {
          actor: actor.value,
          action: 'remediation.record',
          at: now,
          subject: { type: 'remediation', id: row.id },
          details: {
            sha256,
            revokedAt: revocation.revokedAt,
            code: revocation.code,
            previous:
              row.revoked_at === null ? null : { revokedAt: row.revoked_at, code: row.revocation_code },
          },
        });
      views.push(remediationView(updated, { notBefore, notAfter }, now));
    }
    return ok(views);
  });
}

/**
 * Sets the planned revocation date of the scope's certificates not yet revoked, or of one of them:
 * the estimate a revocation-delay update gives.
 */
export function planRevocations(
  db: Kysely<Database>,
  scopeId: number,
  plannedAt: number,
  by: string,
  now: number,
  sha256?: string,
): Promise<Outcome<number>> {
  return onScope(db, scopeId, by, async (trx, _scope, actor) => {
    let ids = (await scopeRemediations(trx, scopeId)).filter((r) => r.revoked_at === null).map((r) => r.id);
    if (sha256 !== undefined) {
      const own = new Set(
        (await remediationsByFingerprint(trx, sha256.trim().toLowerCase())).map((r) => r.id),
      );
      ids = ids.filter((id) => own.has(id));
      if (ids.length === 0)
        return fail(`no unrevoked certificate ${sha256} is tracked under scope ${scopeId}`);
    }
    if (ids.length > 0)
      await trx.updateTable('remediations').set({ planned_at: plannedAt }).where('id', 'in', ids).execute();
    await audit(trx, {
      actor,
      action: 'remediation.plan',
      at: now,
      subject: { type: 'scope', id: scopeId },
      details: { plannedAt, sha256: sha256 ?? null, remediations: ids.length },
    });
    return ok(ids.length);
  });
}

type RemediationWithValidity = Remediation & { notBefore: number; notAfter: number };

/** Every remediation of a scope, with the validity its state depends on, oldest first. */
export function scopeRemediations(db: Kysely<Database>, scopeId: number): Promise<RemediationWithValidity[]> {
  return db
    .selectFrom('remediations')
    .innerJoin('certificates', 'certificates.id', 'remediations.certificate_id')
    .selectAll('remediations')
    .select(['certificates.not_before as notBefore', 'certificates.not_after as notAfter'])
    .where('remediations.scope_id', '=', scopeId)
    .orderBy('remediations.id')
    .execute();
}

/** The remediations of the certificate with this fingerprint and of its partner (same issuer and serial). */
function remediationsByFingerprint(db: Kysely<Database>, sha256: string): Promise<RemediationWithValidity[]> {
  return db
    .selectFrom('remediations')
    .innerJoin('certificates', 'certificates.id', 'remediations.certificate_id')
    .selectAll('remediations')
    .select(['certificates.not_before as notBefore', 'certificates.not_after as notAfter'])
    .where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple('certificates.issuer', 'certificates.serial'),
        'in',
        selectFrom('certificates as named')
          .select(['named.issuer', 'named.serial'])
          .where('named.sha256', '=', sha256)
          .$asTuple('issuer', 'serial'),
      ),
    )
    .orderBy('remediations.id')
    .execute();
}
