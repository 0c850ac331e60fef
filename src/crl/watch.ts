/**
 * The CRL watch: each source read, checked, its tracked revocations looked for, the check recorded
 * and its failures alerted, in one transaction per source. `checkAllSources` is one round over
 * every source, for `vigil crl watch` and for `vigil serve` to run on a schedule.
 */
import type { Config } from '../config/config.js';
import { issuingDistributionPoint } from '../lints/util/ev_crl.js';
import type { Store } from '../store/database.js';
import { type Certificate, parseCertificate } from '../x509/certificate.js';
import type { Crl } from '../x509/crl.js';
import { GeneralNameTag } from '../x509/generalName.js';
import { formatName } from '../x509/name.js';
import { enqueueCrlAlerts } from './alerts.js';
import { type CrlCheck, checkParsedCrl, type ReadCrl, readCrl, unavailable } from './check.js';
import { type Coverage, everyCoveredHasOcsp } from './coverage.js';
import { type FetchOptions, readCrlSource } from './fetch.js';
import { previousCheck, recordCheck, storedEntries } from './history.js';
import { type CrlProblem, hasError } from './problem.js';
import {
  type RevocationStatus,
  revocationProblems,
  revocationStatuses,
  trackedRevocations,
} from './revocations.js';
import { allSources, type CrlSource, discoverSources } from './sources.js';

/**
 * How often `vigil serve` runs a round: the tightest clock (a revocation on the CRL 24 h after it
 * is recorded) is then seen missed within the hour, and each repository is read 24 times a day.
 */
export const WATCH_INTERVAL_MS = 60 * 60 * 1000;

export interface WatchOptions {
  readonly fetch?: FetchOptions;
  /** Sources read at once by `checkAllSources`. */
  readonly concurrency?: number;
}

export interface SourceReport {
  readonly source: CrlSource;
  readonly checkId: number;
  readonly check: CrlCheck;
  /** The check's problems and those of the tracked revocations. */
  readonly problems: readonly CrlProblem[];
  readonly revocations: readonly RevocationStatus[];
  readonly ok: boolean;
  /** Outbox rows this check queued (0 when the same alert went out before). */
  readonly alerts: number;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function issuerOf(source: CrlSource): Certificate | undefined {
  const parsed = source.issuerDer ? parseCertificate(source.issuerDer) : undefined;
  return parsed?.ok ? parsed.value : undefined;
}

/** The certificates the source's CRL answers for (coverage.ts); without a CRL, those naming the source. */
function coverageOf(source: CrlSource, issuer: Certificate | undefined, crl: Crl | undefined): Coverage {
  const keyId =
    issuer?.extensions.subjectKeyIdentifier ?? crl?.extensions.authorityKeyIdentifier?.keyIdentifier;
  const idp = crl && issuingDistributionPoint(crl);
  const partition =
    idp === undefined
      ? null
      : new Set(
          idp === 'malformed'
            ? []
            : (idp.fullName ?? []).flatMap((n) =>
                n.tag === GeneralNameTag.uniformResourceIdentifier ? [n.value] : [],
              ),
        );
  return {
    keyId: keyId ? hex(keyId) : null,
    issuerName: issuer ? formatName(issuer.subject) : crl ? formatName(crl.issuer) : null,
    urls: crl === undefined ? new Set() : partition,
    location: source.location,
  };
}

/**
 * Checks one source now. `issuer` overrides the stored issuer certificate (`vigil crl --issuer`).
 * Tracked revocations are looked for on this CRL when its signature verified, else on the entries
 * of the last CRL that did: a CRL nobody can verify publishes nothing.
 */
export async function checkSource(
  store: Store,
  config: Pick<Config, 'alerts'>,
  source: CrlSource,
  now: number,
  options: { fetch?: FetchOptions; issuer?: Certificate } = {},
): Promise<SourceReport> {
  const { db } = store;
  const issuer = options.issuer ?? issuerOf(source);
  const fetched = await readCrlSource(source.location, options.fetch);
  const read: ReadCrl = fetched.ok
    ? readCrl(fetched.bytes)
    : { ok: false, check: unavailable(fetched.reason) };
  const crl = read.ok ? read.crl : undefined;
  const coverage = coverageOf(source, issuer, crl);
  const check = read.ok
    ? checkParsedCrl(read.crl, {
        now,
        issuer,
        previous: await previousCheck(db, source.id),
        everyCertificateHasOcsp: await everyCoveredHasOcsp(db, coverage, now),
      })
    : read.check;
  const valid = check.signature === 'valid';
  const revocations = revocationStatuses(
    await trackedRevocations(db, coverage),
    valid ? check.entries : await storedEntries(db, source.id),
    now,
    valid ? crl?.thisUpdate.ms : undefined,
  );
  const problems = [...check.problems, ...revocationProblems(revocations, now)];
  return db.transaction().execute(async (trx) => {
    const checkId = await recordCheck(trx, source.id, check, problems, now);
    const alerts = await enqueueCrlAlerts(trx, config, { source, checkId, check, problems }, now);
    return { source, checkId, check, problems, revocations, ok: !hasError(problems), alerts };
  });
}

/**
 * One round of the watch: adds the CRL distribution points of stored certificates as sources, then
 * checks every source. A source that fails (a database error, a bug) does not stop the others;
 * the failures are thrown together at the end.
 */
export async function checkAllSources(
  store: Store,
  config: Pick<Config, 'alerts'>,
  now: number,
  options: WatchOptions = {},
): Promise<SourceReport[]> {
  await discoverSources(store.db, now);
  const sources = await allSources(store.db);
  const reports: SourceReport[] = [];
  const failures: Error[] = [];
  let next = 0;
  const worker = async () => {
    for (let source = sources[next++]; source !== undefined; source = sources[next++]) {
      try {
        reports.push(await checkSource(store, config, source, now, options));
      } catch (error) {
        failures.push(
          new Error(`CRL source ${source.location}: ${(error as Error).message}`, { cause: error }),
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, sources.length) }, worker));
  if (failures.length > 0)
    throw new AggregateError(
      failures,
      `${failures.length} CRL source(s) could not be checked; the others were`,
    );
  return reports.sort((a, b) => a.source.id - b.source.id);
}
