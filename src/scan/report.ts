/**
 * The per-problem summary an incident report's Impact section asks for (one problem = one lint):
 * how many certificates, and the notBefore of the first and the last; and the list behind a count.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/schema.js';
import {
  type AffectedCertificate,
  type ScanQuery,
  certificateFilter,
  compare,
  findingFilter,
  findingsOf,
  primaryRow,
} from './reportQuery.js';

export interface LintSummary {
  lint: string;
  /** Affected certificates: a precertificate and its certificate count once. */
  count: number;
  firstNotBefore: number;
  lastNotBefore: number;
}

/** ISO 8601 UTC to the second: certificate times have no fractions (RFC 5280 4.1.2.5). */
export const isoUtc = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

export async function lintSummary(db: Kysely<Database>, q: ScanQuery): Promise<LintSummary[]> {
  const rows = await db
    .selectFrom('findings')
    .innerJoin('certificates', 'certificates.id', 'findings.certificate_id')
    .where((eb) => findingFilter(eb, q))
    .where((eb) => certificateFilter(eb, q))
    .groupBy('findings.lint')
    .select((eb) => [
      'findings.lint',
      // Serials are hex, so the space cannot occur inside one: the pair is named unambiguously.
      sql<number>`count(distinct ${eb.ref('certificates.serial')} || ' ' || ${eb.ref('certificates.issuer')})`.as(
        'count',
      ),
      eb.fn.min('certificates.not_before').as('first'),
      eb.fn.max('certificates.not_before').as('last'),
    ])
    .execute();
  // Sorted here: PostgreSQL's collation may order underscores unlike SQLite's byte order.
  return rows
    .map((r) => ({
      lint: r.lint,
      count: Number(r.count),
      firstNotBefore: Number(r.first),
      lastNotBefore: Number(r.last),
    }))
    .sort((a, b) => compare(a.lint, b.lint));
}

export function summaryJson(summary: readonly LintSummary[]): string {
  const out = summary.map((s) => ({
    lint: s.lint,
    count: s.count,
    firstNotBefore: isoUtc(s.firstNotBefore),
    lastNotBefore: isoUtc(s.lastNotBefore),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function summaryText(summary: readonly LintSummary[]): string {
  if (summary.length === 0) return 'no findings match\n';
  return table(
    [
      ['lint', 'count', 'first notBefore', 'last notBefore'],
      ...summary.map((s) => [s.lint, String(s.count), isoUtc(s.firstNotBefore), isoUtc(s.lastNotBefore)]),
    ],
    [1],
  );
}

export function listJson(affected: readonly AffectedCertificate[]): string {
  const out = affected.map((a) => {
    const row = primaryRow(a);
    return {
      precertificateSha256: a.precertificate?.sha256 ?? null,
      certificateSha256: a.certificate?.sha256 ?? null,
      serial: a.serial,
      issuer: a.issuer,
      subject: row.subject,
      dnsNames: row.dnsNames,
      notBefore: isoUtc(row.notBefore),
      notAfter: isoUtc(row.notAfter),
      findings: findingsOf(a),
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function listText(affected: readonly AffectedCertificate[]): string {
  if (affected.length === 0) return 'no certificates match\n';
  return table([
    ['notBefore', 'serial', 'certificate SHA-256', 'precertificate SHA-256', 'subject'],
    ...affected.map((a) => {
      const row = primaryRow(a);
      return [
        isoUtc(row.notBefore),
        a.serial,
        a.certificate?.sha256 ?? '-',
        a.precertificate?.sha256 ?? '-',
        row.subject,
      ];
    }),
  ]);
}

/** Columns two spaces apart, left-aligned but for the `right` ones; the last column is not padded. */
export function table(rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => {
          if (i === r.length - 1) return cell;
          const width = widths[i] as number;
          return right.includes(i) ? cell.padStart(width) : cell.padEnd(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
