/**
 * A failed check tells management and the webhooks, through the outbox, once per source, problem
 * code, CRL and UTC day: a failure that persists is repeated daily and on each new CRL, not at
 * every check. The ECM CRLs (seed 001) were wrongly signed for over 70 days; a daily reminder
 * keeps such a failure from becoming background noise.
 */
import type { Transaction } from 'kysely';
import type { Config } from '../config/config.js';
import { enqueueEmail, enqueueWebhook } from '../delivery/outbox.js';
import { audit } from '../store/audit.js';
import type { Database } from '../store/schema.js';
import { type CrlCheck, crlNumberOf } from './check.js';
import type { CrlProblem } from './problem.js';
import type { CrlSource } from './sources.js';

export interface FailedCheck {
  readonly source: CrlSource;
  readonly checkId: number;
  readonly check: CrlCheck;
  readonly problems: readonly CrlProblem[];
}

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/** The dedupe key of one code's alert: the same failure on the same CRL the same day is one alert. */
export const alertKey = (sourceId: number, code: string, sha256: string | null, now: number): string =>
  `crl:${sourceId}:${code}:${sha256 ?? 'none'}:${new Date(now).toISOString().slice(0, 10)}`;

/** Queues the alerts of a check's error-level problems; returns how many outbox rows are new. */
export async function enqueueCrlAlerts(
  trx: Transaction<Database>,
  config: Pick<Config, 'alerts'>,
  failed: FailedCheck,
  now: number,
): Promise<number> {
  const { source, check } = failed;
  const byCode = new Map<string, CrlProblem[]>();
  for (const p of failed.problems)
    if (p.severity === 'error') byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  let queued = 0;
  for (const [code, problems] of byCode) {
    const key = alertKey(source.id, code, check.sha256, now);
    const subject = `CRL check failed: ${code} at ${source.location}`;
    const lines = problems.map((p) => `- ${p.message} [${p.rule}]`);
    const crl = check.crl && {
      sha256: check.sha256,
      thisUpdate: iso(check.crl.thisUpdate.ms),
      nextUpdate: iso(check.crl.nextUpdate?.ms),
      crlNumber: crlNumberOf(check.crl),
    };
    const text = [
      `The CRL at ${source.location} failed a check at ${iso(now)}:`,
      '',
      ...lines,
      '',
      `Signature: ${check.signature}.` + (crl ? ` CRL ${crl.sha256}, thisUpdate ${crl.thisUpdate}.` : ''),
      'Relying parties depend on this CRL; until it is fixed, revocations may not reach them.',
      `Vigil repeats this alert daily and for every new CRL while the problem lasts (check ${failed.checkId}).`,
    ].join('\n');
    for (const to of config.alerts.management)
      if (
        await enqueueEmail(
          trx,
          {
            dedupeKey: `${key}:${to.toLowerCase()}`,
            to: [to],
            subject,
            text,
            headers: { 'Auto-Submitted': 'auto-generated', 'X-Vigil-Alert': key },
          },
          now,
        )
      )
        queued++;
    const payload = {
      text: `${subject}: ${problems.map((p) => p.message).join('; ')}`,
      event: 'crl.check_failed',
      source: { id: source.id, location: source.location },
      code,
      problems,
      signature: check.signature,
      crl: crl ?? null,
      checkId: failed.checkId,
      checkedAt: iso(now),
    };
    for (const url of config.alerts.webhooks)
      if (
        await enqueueWebhook(trx, { dedupeKey: `${key}:webhook:${url}`, url, summary: subject, payload }, now)
      )
        queued++;
  }
  if (queued > 0)
    await audit(trx, {
      actor: { type: 'system', id: null, label: 'CRL watch' },
      action: 'crl.alert',
      at: now,
      subject: { type: 'crl_source', id: source.id },
      details: { check: failed.checkId, codes: [...byCode.keys()], queued },
    });
  return queued;
}
