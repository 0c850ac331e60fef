/**
 * A scan's rows: the scan, where each source stands, and each batch of results written in one
 * transaction together with the positions it advances, so a killed scan resumes exactly after the
 * last batch it committed and never stores an object twice.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ScansTable, ScanState } from '../store/scanSchema.js';
import type { Database } from '../store/schema.js';
import type { CertificateRecord } from './record.js';

export type ScanRow = Selectable<ScansTable>;

export interface SourceState {
  readonly position: number;
  readonly done: boolean;
}

/** What one transaction stores. */
export interface BatchWrite {
  readonly records: readonly { readonly record: CertificateRecord; readonly der: Uint8Array }[];
  /** Objects read, readable or not. */
  readonly objects: number;
  readonly unreadable: number;
  /** Each source this batch advanced or finished: from the position it was at to the new one. */
  readonly sources: readonly SourceAdvance[];
}

export interface SourceAdvance {
  readonly source: string;
  readonly from: number;
  readonly position: number;
  readonly done: boolean;
}

/** Another process advanced a source of this scan: two runs of one scan at once. */
export class SourceConflict extends Error {}

export interface ScanSummary {
  readonly id: number;
  readonly state: ScanState;
  readonly objects: number;
  /** Distinct certificates and precertificates this scan stored. */
  readonly certificates: number;
  readonly unreadable: number;
  /** Finding rows (certificate × lint) of this scan's certificates, by status. */
  readonly findings: Readonly<Record<'fatal' | 'error' | 'warn' | 'notice', number>>;
}

/** Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function createScan(
  db: Kysely<Database>,
  scan: { inputs: readonly string[]; at: number | null; now: number },
): Promise<number> {
  const row = await db
    .insertInto('scans')
    .values({
      started_at: scan.now,
      inputs: JSON.stringify(scan.inputs),
      state: 'running',
      at: scan.at,
      objects: 0,
      unreadable: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function loadScan(db: Kysely<Database>, id: number): Promise<ScanRow | undefined> {
  return db.selectFrom('scans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An unfinished scan over exactly these inputs other than `scanId`, to point a user at --resume. */
export async function unfinishedScanOf(
  db: Kysely<Database>,
  inputs: readonly string[],
  scanId: number,
): Promise<number | null> {
  const row = await db
    .selectFrom('scans')
    .select('id')
    .where('inputs', '=', JSON.stringify(inputs))
    .where('state', '!=', 'finished')
    .where('id', '!=', scanId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Where the given sources of a scan stand; sources not yet touched are absent. */
export async function sourceStates(
  db: Kysely<Database>,
  scanId: number,
  sources: readonly string[],
): Promise<Map<string, SourceState>> {
  const states = new Map<string, SourceState>();
  for (const part of chunks(sources)) {
    const rows = await db
      .selectFrom('scan_sources')
      .select(['source', 'position', 'done'])
      .where('scan_id', '=', scanId)
      .where('source', 'in', part)
      .execute();
    for (const r of rows) states.set(r.source, { position: r.position, done: r.done === 1 });
  }
  return states;
}

export async function writeBatch(db: Kysely<Database>, scanId: number, batch: BatchWrite): Promise<void> {
  const unique = new Map(batch.records.map((r) => [r.record.sha256, r]));
  await db.transaction().execute(async (trx) => {
    // First, so a second run of the same scan fails here instead of storing objects twice.
    for (const advance of batch.sources) await advanceSource(trx, scanId, advance);
    const ids = new Map<string, number>();
    /** Certificates stored before: their findings are replaced (a newer linter, another --at). */
    const known: number[] = [];
    for (const part of chunks([...unique.values()])) {
      const inserted = await trx
        .insertInto('certificates')
        .values(part.map(({ record: r, der }) => certificateRow(r, der)))
        .onConflict((oc) => oc.column('sha256').doNothing())
        .returning(['id', 'sha256'])
        .execute();
      for (const row of inserted) ids.set(row.sha256, row.id);
      const seen = part.map((p) => p.record.sha256).filter((sha) => !ids.has(sha));
      if (seen.length === 0) continue;
      const rows = await trx
        .selectFrom('certificates')
        .select(['id', 'sha256'])
        .where('sha256', 'in', seen)
        .execute();
      for (const row of rows) ids.set(row.sha256, row.id);
      known.push(...rows.map((r) => r.id));
    }
    const idList = [...ids.values()];
    for (const part of chunks(known))
      await trx.deleteFrom('findings').where('certificate_id', 'in', part).execute();
    const findings = [...unique.values()].flatMap(({ record }) =>
      record.findings.map((f) => ({
        certificate_id: ids.get(record.sha256) as number,
        lint: f.lint,
        status: f.status,
        details: f.details,
      })),
    );
    for (const part of chunks(findings)) await trx.insertInto('findings').values(part).execute();
    for (const part of chunks(idList))
      await trx
        .insertInto('scan_certificates')
        .values(part.map((certificate_id) => ({ scan_id: scanId, certificate_id })))
        .onConflict((oc) => oc.columns(['scan_id', 'certificate_id']).doNothing())
        .execute();
    await trx
      .updateTable('scans')
      .set((eb) => ({
        objects: eb('objects', '+', batch.objects),
        unreadable: eb('unreadable', '+', batch.unreadable),
      }))
      .where('id', '=', scanId)
      .execute();
  });
}

/** Moves a source from `from` to its new position, only if it is still at `from` and not done. */
async function advanceSource(trx: Kysely<Database>, scanId: number, a: SourceAdvance): Promise<void> {
  const values = { position: a.position, done: a.done ? 1 : 0 };
  const moved =
    a.from === 0
      ? (
          await trx
            .insertInto('scan_sources')
            .values({ scan_id: scanId, source: a.source, ...values })
            .onConflict((oc) =>
              oc
                .columns(['scan_id', 'source'])
                .doUpdateSet(values)
                .where('scan_sources.position', '=', 0)
                .where('scan_sources.done', '=', 0),
            )
            .executeTakeFirst()
        ).numInsertedOrUpdatedRows
      : (
          await trx
            .updateTable('scan_sources')
            .set(values)
            .where('scan_id', '=', scanId)
            .where('source', '=', a.source)
            .where('position', '=', a.from)
            .where('done', '=', 0)
            .executeTakeFirst()
        ).numUpdatedRows;
  if (Number(moved) !== 1)
    throw new SourceConflict(
      `scan ${scanId}: ${a.source} was advanced past ${a.from} by another run of the scan`,
    );
}

function certificateRow(r: CertificateRecord, der: Uint8Array) {
  return {
    sha256: r.sha256,
    kind: r.kind,
    serial: r.serial,
    issuer: r.issuer,
    subject: r.subject,
    dns_names: r.dnsNamesJson,
    not_before: r.notBefore,
    not_after: r.notAfter,
    policy_type: r.policyType,
    authority_key_id: r.authorityKeyId,
    crl_urls: r.crlUrlsJson,
    der,
  };
}

export async function setScanState(
  db: Kysely<Database>,
  id: number,
  state: ScanState,
  now: number,
): Promise<void> {
  await db
    .updateTable('scans')
    .set({ state, finished_at: state === 'finished' ? now : null })
    .where('id', '=', id)
    .execute();
}

export async function scanSummary(db: Kysely<Database>, id: number): Promise<ScanSummary | undefined> {
  const scan = await loadScan(db, id);
  if (!scan) return undefined;
  const { certificates } = await db
    .selectFrom('scan_certificates')
    .select((eb) => eb.fn.countAll<number>().as('certificates'))
    .where('scan_id', '=', id)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('findings')
    .innerJoin('scan_certificates', 'scan_certificates.certificate_id', 'findings.certificate_id')
    .select((eb) => ['findings.status', eb.fn.countAll<number>().as('count')])
    .where('scan_certificates.scan_id', '=', id)
    .groupBy('findings.status')
    .execute();
  const findings = { fatal: 0, error: 0, warn: 0, notice: 0 };
  for (const r of rows)
    if (r.status in findings) findings[r.status as keyof typeof findings] = Number(r.count);
  return {
    id,
    state: scan.state,
    objects: scan.objects,
    certificates: Number(certificates),
    unreadable: scan.unreadable,
    findings,
  };
}

/** Registers sources of a scan not yet read (a queued scan: so its end can be told). */
export async function addSources(
  db: Kysely<Database>,
  scanId: number,
  sources: readonly string[],
): Promise<void> {
  for (const part of chunks(sources))
    await db
      .insertInto('scan_sources')
      .values(part.map((source) => ({ scan_id: scanId, source, position: 0, done: 0 })))
      .onConflict((oc) => oc.columns(['scan_id', 'source']).doNothing())
      .execute();
}

/** Marks the scan finished once every source it registered is done; true when it now is. */
export async function finishIfComplete(db: Kysely<Database>, scanId: number, now: number): Promise<boolean> {
  await db
    .updateTable('scans')
    .set({ state: 'finished', finished_at: now })
    .where('id', '=', scanId)
    .where('state', '!=', 'finished')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('scan_sources').select('id').where('scan_id', '=', scanId).where('done', '=', 0)),
      ),
    )
    .execute();
  return (await loadScan(db, scanId))?.state === 'finished';
}
