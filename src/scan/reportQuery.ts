/**
 * Which stored certificates a report, an appendix or a scope is about: the findings of some lints or
 * severities on certificates issued in a notBefore range, by some issuers, seen by one scan.
 *
 * A precertificate and its final certificate are one affected certificate (CCADB IRG: one appendix
 * row), matched by issuer and serial: if either matches, both belong to the set.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import { z } from 'zod';
import type { CertificateKind } from '../store/scanSchema.js';
import type { Database } from '../store/schema.js';

export const SEVERITIES = ['notice', 'warn', 'error', 'fatal'] as const;

/** Every part is optional; a certificate must carry at least one stored finding the filters allow. */
export const SCAN_QUERY = z
  .object({
    lints: z.array(z.string().min(1)).min(1).optional(),
    severities: z.array(z.enum(SEVERITIES)).min(1).optional(),
    /** notBefore bounds, epoch ms, both inclusive. */
    from: z.number().int().optional(),
    to: z.number().int().optional(),
    /** Issuer names exactly as stored (and as reports print them). */
    issuers: z.array(z.string().min(1)).min(1).optional(),
    scanId: z.number().int().positive().optional(),
  })
  .strict();

export type ScanQuery = z.infer<typeof SCAN_QUERY>;

/** One certificate row of an affected certificate, with the findings the query selected. */
export interface AffectedRow {
  id: number;
  sha256: string;
  kind: CertificateKind;
  serial: string;
  issuer: string;
  subject: string;
  dnsNames: string[];
  notBefore: number;
  notAfter: number;
  policyType: string | null;
  findings: { lint: string; status: string; details: string | null }[];
}

/** An affected certificate: its precertificate, its final certificate, or both. */
export interface AffectedCertificate {
  issuer: string;
  serial: string;
  precertificate: AffectedRow | null;
  certificate: AffectedRow | null;
}

/** The rows to report on: the final certificate when known, else the precertificate. */
export const primaryRow = (a: AffectedCertificate): AffectedRow =>
  (a.certificate ?? a.precertificate) as AffectedRow;

export const rowsOf = (a: AffectedCertificate): AffectedRow[] =>
  [a.precertificate, a.certificate].filter((r) => r !== null);

/** The selected findings of an affected certificate: the final certificate's, then any other of its precertificate. */
export function findingsOf(a: AffectedCertificate): AffectedRow['findings'] {
  const own = a.certificate?.findings ?? [];
  const more = (a.precertificate?.findings ?? []).filter((f) => !own.some((o) => o.lint === f.lint));
  return [...own, ...more].sort((x, y) => compare(x.lint, y.lint));
}

type Findings = ExpressionBuilder<Database, 'findings'>;
type Certificates = ExpressionBuilder<Database, 'certificates'>;

export function findingFilter(eb: Findings, q: ScanQuery) {
  const all = [];
  if (q.lints) all.push(eb('findings.lint', 'in', q.lints));
  if (q.severities) all.push(eb('findings.status', 'in', q.severities));
  return eb.and(all);
}

export function certificateFilter(eb: Certificates, q: ScanQuery) {
  const all = [];
  if (q.from !== undefined) all.push(eb('certificates.not_before', '>=', q.from));
  if (q.to !== undefined) all.push(eb('certificates.not_before', '<=', q.to));
  if (q.issuers) all.push(eb('certificates.issuer', 'in', q.issuers));
  if (q.scanId !== undefined) {
    const scanId = q.scanId;
    all.push(
      eb.exists(
        eb
          .selectFrom('scan_certificates')
          .select('scan_certificates.certificate_id')
          .whereRef('scan_certificates.certificate_id', '=', 'certificates.id')
          .where('scan_certificates.scan_id', '=', scanId),
      ),
    );
  }
  return eb.and(all);
}

/** (issuer, serial) of every certificate row the query matches. */
function matchedPairs(db: Kysely<Database>, q: ScanQuery) {
  return db
    .selectFrom('certificates')
    .select(['certificates.issuer', 'certificates.serial'])
    .where((eb) => certificateFilter(eb, q))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('findings')
          .select('findings.certificate_id')
          .whereRef('findings.certificate_id', '=', 'certificates.id')
          .where((f) => findingFilter(f, q)),
      ),
    );
}

/** Every affected certificate, in notBefore order (then serial, then issuer). */
export async function affectedCertificates(
  db: Kysely<Database>,
  q: ScanQuery,
): Promise<AffectedCertificate[]> {
  const rows = await db
    .selectFrom('certificates as c')
    .select([
      'c.id',
      'c.sha256',
      'c.kind',
      'c.serial',
      'c.issuer',
      'c.subject',
      'c.dns_names',
      'c.not_before',
      'c.not_after',
      'c.policy_type',
    ])
    .where(({ eb, refTuple }) =>
      eb(refTuple('c.issuer', 'c.serial'), 'in', matchedPairs(db, q).$asTuple('issuer', 'serial')),
    )
    .orderBy('c.id')
    .execute();
  // The partner of a matched row keeps the findings of the selected lints, whatever else it matched.
  const findings = await db
    .selectFrom('findings')
    .innerJoin('certificates as c', 'c.id', 'findings.certificate_id')
    .select(['findings.certificate_id', 'findings.lint', 'findings.status', 'findings.details'])
    .where((eb) => findingFilter(eb, q))
    .where(({ eb, refTuple }) =>
      eb(refTuple('c.issuer', 'c.serial'), 'in', matchedPairs(db, q).$asTuple('issuer', 'serial')),
    )
    .execute();
  const byCertificate = new Map<number, AffectedRow['findings']>();
  for (const f of findings) {
    const list = byCertificate.get(f.certificate_id) ?? [];
    list.push({ lint: f.lint, status: f.status, details: f.details });
    byCertificate.set(f.certificate_id, list);
  }
  // Grouped by issuer and serial; a second row of the same kind (a duplicate serial) is its own entry.
  const groups = new Map<string, AffectedCertificate[]>();
  for (const r of rows) {
    const key = `${r.serial} ${r.issuer}`;
    const group = groups.get(key) ?? [];
    let pair = group.find((p) => p[r.kind] === null);
    if (pair === undefined) {
      pair = { issuer: r.issuer, serial: r.serial, precertificate: null, certificate: null };
      group.push(pair);
    }
    pair[r.kind] = {
      id: r.id,
      sha256: r.sha256,
      kind: r.kind,
      serial: r.serial,
      issuer: r.issuer,
      subject: r.subject,
      dnsNames: JSON.parse(r.dns_names) as string[],
      notBefore: r.not_before,
      notAfter: r.not_after,
      policyType: r.policy_type,
      findings: byCertificate.get(r.id) ?? [],
    };
    groups.set(key, group);
  }
  return [...groups.values()]
    .flat()
    .sort(
      (a, b) =>
        primaryRow(a).notBefore - primaryRow(b).notBefore ||
        compare(a.serial, b.serial) ||
        compare(a.issuer, b.issuer) ||
        compare(primaryRow(a).sha256, primaryRow(b).sha256),
    );
}

/** Code-point order, the same on every machine (localeCompare is not). */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
