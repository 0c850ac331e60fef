/**
 * Tracked revocations against the CRL: every revocation recorded in Vigil (remediations.recorded_at)
 * of a certificate the CRL covers must be on it within 24 hours (BR 4.9.7), with the reasonCode
 * recorded (none: no reasonCode extension; MRSP 6.1.1 and BR 7.2.2 make a different one wrong).
 */
import type { Kysely } from 'kysely';
import { formatDuration } from '../rules/index.js';
import { HOUR } from '../rules/time.js';
import type { Database } from '../store/schema.js';
import type { CrlEntry } from './check.js';
import { type Coverage, candidates, covers } from './coverage.js';
import { type CrlProblem, problem } from './problem.js';
import { crlRulesAt } from './rules.js';

export interface TrackedRevocation {
  readonly serial: string;
  readonly sha256: string;
  readonly recordedAt: number;
  /** The reasonCode recorded; null for none. */
  readonly code: number | null;
  readonly notAfter: number;
}

/** expired: gone from the CRL after the certificate expired, as BR 4.10.1 allows. */
export type RevocationState = 'listed' | 'pending' | 'missing' | 'wrong_reason' | 'expired';

export interface RevocationStatus extends TrackedRevocation {
  readonly state: RevocationState;
  /** The reasonCode the CRL lists (null: none); undefined when not listed. */
  readonly listedCode?: number | null;
  /** When the CRL must show it. */
  readonly dueAt: number | null;
}

/**
 * The recorded revocations of the certificates the CRL covers, once per serial (a certificate and
 * its precertificate share one), the earliest recording first.
 */
export async function trackedRevocations(
  db: Kysely<Database>,
  coverage: Coverage,
): Promise<TrackedRevocation[]> {
  const rows = await candidates(db, coverage)
    .innerJoin('remediations', 'remediations.certificate_id', 'certificates.id')
    .where('remediations.recorded_at', 'is not', null)
    .select([
      'certificates.authority_key_id',
      'certificates.issuer',
      'certificates.crl_urls',
      'certificates.serial',
      'certificates.sha256',
      'certificates.not_after',
      'remediations.recorded_at',
      'remediations.revocation_code',
    ])
    .orderBy('remediations.recorded_at')
    .orderBy('remediations.id')
    .execute();
  const bySerial = new Map<string, TrackedRevocation>();
  for (const r of rows)
    if (covers(coverage, r) && !bySerial.has(r.serial))
      bySerial.set(r.serial, {
        serial: r.serial,
        sha256: r.sha256,
        recordedAt: r.recorded_at as number,
        code: r.revocation_code,
        notAfter: r.not_after,
      });
  return [...bySerial.values()];
}

/**
 * Where each tracked revocation stands on a CRL's entries. `thisUpdate` is the CRL's (undefined
 * when there is no CRL): a certificate that expired before it may be left off.
 */
export function revocationStatuses(
  tracked: readonly TrackedRevocation[],
  entries: readonly CrlEntry[],
  now: number,
  thisUpdate: number | undefined,
): RevocationStatus[] {
  const listed = new Map(entries.map((e) => [e.serial, e]));
  return tracked.map((t) => {
    const rule = crlRulesAt(t.recordedAt)?.revocationListedWithin;
    const dueAt = rule ? t.recordedAt + rule.hours * HOUR : null;
    const entry = listed.get(t.serial);
    if (entry)
      return {
        ...t,
        dueAt,
        listedCode: entry.reasonCode,
        state: entry.reasonCode === t.code ? ('listed' as const) : ('wrong_reason' as const),
      };
    const state: RevocationState =
      t.notAfter < (thisUpdate ?? now) ? 'expired' : dueAt !== null && now >= dueAt ? 'missing' : 'pending';
    return { ...t, dueAt, state };
  });
}

/** How many serials a problem's message names before it only counts the rest. */
const LISTED = 20;

const reason = (code: number | null | undefined) =>
  code === null || code === undefined ? 'no reasonCode' : `reasonCode ${code}`;
const iso = (ms: number) => new Date(ms).toISOString();

function listOf(statuses: readonly RevocationStatus[], say: (s: RevocationStatus) => string): string {
  const shown = statuses.slice(0, LISTED).map((s) => `${s.serial} (${say(s)})`);
  const more = statuses.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

export function revocationProblems(statuses: readonly RevocationStatus[], now: number): CrlProblem[] {
  const of = (state: RevocationState) => statuses.filter((s) => s.state === state);
  const missing = of('missing');
  const wrong = of('wrong_reason');
  const pending = of('pending');
  const problems: CrlProblem[] = [];
  if (missing.length > 0)
    problems.push(
      problem(
        'error',
        'crl_revocation_missing',
        'BR 4.9.7',
        `${missing.length} revocation(s) recorded more than 24 h ago are not on the CRL: ` +
          listOf(missing, (s) => `recorded ${iso(s.recordedAt)}, ${formatDuration(now - s.recordedAt)} ago`),
      ),
    );
  if (wrong.length > 0)
    problems.push(
      problem(
        'error',
        'crl_revocation_wrong_reason',
        'MRSP 6.1.1; BR 7.2.2',
        `${wrong.length} revocation(s) are listed with another reason than recorded: ` +
          listOf(wrong, (s) => `listed with ${reason(s.listedCode)}, recorded with ${reason(s.code)}`),
      ),
    );
  if (pending.length > 0)
    problems.push(
      problem(
        'notice',
        'crl_revocation_pending',
        'BR 4.9.7',
        `${pending.length} revocation(s) recorded less than 24 h ago are not on the CRL yet: ` +
          listOf(pending, (s) => (s.dueAt === null ? 'no rule in force' : `due by ${iso(s.dueAt)}`)),
      ),
    );
  return problems;
}
