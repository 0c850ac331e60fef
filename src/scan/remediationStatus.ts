/**
 * Where the remediation of a scope stands: the counts a revocation-delay incident's updates give
 * (CCADB IRG: revoked, not yet revoked, expired before revocation, and an estimate of completion),
 * and the flags that call for more: late or wrong-reason revocations, missed deadlines.
 */
import type { Kysely } from 'kysely';
import type { Scope } from '../store/scanSchema.js';
import type { Database } from '../store/schema.js';
import { remediationView, scopeRemediations } from './remediation.js';
import { isoUtc, table } from './report.js';

export interface RemediationStatus {
  scope: Pick<Scope, 'id' | 'name' | 'incident'>;
  at: number;
  certificates: number;
  revoked: number;
  /** Planned or delayed. */
  notYetRevoked: number;
  /** Expired before they were revoked. */
  expired: number;
  /** Short-lived, not revoked: BR 4.9.1.1 makes revocation optional. */
  exempt: number;
  /** Not revoked, still valid, past the MUST deadline. */
  delayed: number;
  /** Revoked at or after the MUST deadline. */
  late: number;
  /** Revoked with a reasonCode other than the one the reason requires. */
  wrongReason: number;
  /** The latest planned revocation date of those not yet revoked. */
  estimate: number | null;
  /** Delayed ones without a new planned date: the estimate does not cover them. */
  unplanned: number;
  /** Still valid and unrevoked at their MUST deadline: delayed, revoked late, or expired late. */
  missedDeadline: number;
  /** Any missed deadline needs its own revocation-delay incident report (CCADB IRG). */
  revocationDelayIncident: boolean;
}

export async function remediationStatus(
  db: Kysely<Database>,
  scope: Scope,
  now: number,
): Promise<RemediationStatus> {
  const views = (await scopeRemediations(db, scope.id)).map(({ notBefore, notAfter, ...row }) =>
    remediationView(row, { notBefore, notAfter }, now),
  );
  const count = (test: (v: (typeof views)[number]) => boolean) => views.filter(test).length;
  const planned = views.flatMap((v) => (v.plannedAt === null ? [] : [v.plannedAt]));
  return {
    scope: { id: scope.id, name: scope.name, incident: scope.incident },
    at: now,
    certificates: views.length,
    revoked: count((v) => v.state === 'revoked'),
    notYetRevoked: count((v) => v.state === 'planned' || v.state === 'delayed'),
    expired: count((v) => v.state === 'expired'),
    exempt: count((v) => v.state === 'exempt'),
    delayed: count((v) => v.state === 'delayed'),
    late: count((v) => v.late),
    wrongReason: count((v) => v.wrongReason),
    estimate: planned.length === 0 ? null : Math.max(...planned),
    unplanned: count((v) => v.state === 'delayed' && v.plannedAt === null),
    missedDeadline: count((v) => v.missedDeadline),
    revocationDelayIncident: views.some((v) => v.missedDeadline),
  };
}

export function statusJson(s: RemediationStatus): string {
  return `${JSON.stringify({ ...s, at: isoUtc(s.at), estimate: s.estimate === null ? null : isoUtc(s.estimate) }, null, 2)}\n`;
}

export function statusText(s: RemediationStatus): string {
  const incident = s.scope.incident === null ? '' : ` (incident ${s.scope.incident})`;
  const lines = [
    `scope ${s.scope.id} "${s.scope.name}"${incident}, at ${isoUtc(s.at)}`,
    table([
      ['certificates', String(s.certificates)],
      ['revoked', String(s.revoked)],
      ['not yet revoked', String(s.notYetRevoked)],
      ['expired before revocation', String(s.expired)],
      ['exempt (short-lived)', String(s.exempt)],
    ]).trimEnd(),
    `estimate: ${s.estimate === null ? 'none' : isoUtc(s.estimate)} (latest planned revocation)`,
  ];
  if (s.unplanned > 0) lines.push(`${s.unplanned} delayed certificates have no planned date yet`);
  if (s.late > 0) lines.push(`late: ${s.late} revoked after the deadline`);
  if (s.wrongReason > 0)
    lines.push(`wrong reason: ${s.wrongReason} revoked with another reasonCode than required`);
  if (s.revocationDelayIncident)
    lines.push(
      `revocation delay: ${s.missedDeadline} certificates were not revoked by their deadline ` +
        `(${s.delayed} still unrevoked): a revocation-delay incident report is needed (CCADB IRG)`,
    );
  return `${lines.join('\n')}\n`;
}
