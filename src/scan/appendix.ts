/**
 * The Appendix of a CCADB incident report (IRG 3.2): one CSV row per affected certificate, the
 * standard columns first and in the guideline's order, Vigil's extra columns to their right; or, for
 * 10,000 certificates or more, one crt.sh link per line.
 */
import { requiredCrlReason } from '../rules/index.js';
import type { Remediation } from '../store/scanSchema.js';
import { type RemediationView, remediationView } from './remediation.js';
import { crlReasonName } from './remediationCodes.js';
import { isoUtc } from './report.js';
import { csvRecord } from './reportCsv.js';
import { type AffectedCertificate, findingsOf, primaryRow } from './reportQuery.js';

/** From this many certificates on, the IRG accepts crt.sh links instead of the CSV. */
export const CRTSH_THRESHOLD = 10_000;

const STANDARD_COLUMNS = [
  'Precertificate SHA-256',
  'Certificate SHA-256',
  'Subject',
  'Issuer',
  'notBefore',
  'notAfter',
  'Serial Number',
  'dNSNames',
  'Is Revoked',
  'Revocation Date',
  'Revocation Reason',
] as const;

const EXTRA_COLUMNS = ['Validation Type', 'Revocation Deadline', 'Findings'] as const;

const NA = 'N/A';

/** The three revocation columns: from the remediation's state, or from expiry alone when untracked. */
function revocationColumns(view: RemediationView | null, notAfter: number, now: number): string[] {
  if (view === null) return [now > notAfter ? NA : 'No', NA, NA];
  const { row, state, plannedAt } = view;
  switch (state) {
    case 'revoked':
      return ['Yes', isoUtc(row.revoked_at as number), crlReasonName(row.revocation_code)];
    case 'planned':
    case 'delayed':
      return [
        state === 'planned' ? 'Planned' : 'Delayed',
        plannedAt === null ? NA : isoUtc(plannedAt),
        crlReasonName(requiredCrlReason(row.reason).code),
      ];
    case 'expired':
    case 'exempt':
      return [NA, NA, NA];
  }
}

/** One appendix row, standard columns then extra ones. */
function appendixRow(a: AffectedCertificate, remediation: Remediation | null, now: number): string[] {
  const row = primaryRow(a);
  const view = remediation === null ? null : remediationView(remediation, row, now);
  return [
    a.precertificate?.sha256 ?? '',
    a.certificate?.sha256 ?? '',
    row.subject,
    a.issuer,
    isoUtc(row.notBefore),
    isoUtc(row.notAfter),
    a.serial,
    row.dnsNames.join(' '),
    ...revocationColumns(view, row.notAfter, now),
    row.policyType ?? '',
    view === null || view.dueAt === null ? NA : isoUtc(view.dueAt),
    findingsOf(a)
      .map((f) => (f.details ? `${f.lint}: ${f.details}` : f.lint))
      .join('; '),
  ];
}

export function appendixCsv(
  affected: readonly AffectedCertificate[],
  remediations: ReadonlyMap<AffectedCertificate, Remediation>,
  now: number,
): string {
  return [
    csvRecord([...STANDARD_COLUMNS, ...EXTRA_COLUMNS]),
    ...affected.map((a) => csvRecord(appendixRow(a, remediations.get(a) ?? null, now))),
  ].join('');
}

/** Whether the crt.sh list may stand in for the CSV. */
export const crtshAllowed = (count: number): boolean => count >= CRTSH_THRESHOLD;

/** One link per affected certificate, to its precertificate when logged as one (the IRG's advice). */
export function crtshLines(affected: readonly AffectedCertificate[]): string {
  return affected
    .map((a) => `https://crt.sh/?sha256=${(a.precertificate ?? a.certificate)?.sha256 ?? ''}\n`)
    .join('');
}
