/**
 * What Vigil understood of a report: the certificates it names and the proofs
 * it carries. The acknowledgement e-mail and the form's confirmation page say
 * the same thing from this one shape.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database, ProblemType } from '../store/schema.js';
import { errorLints } from './certificates.js';
import type { LintResult } from '../linter/index.js';
import { problemTypeLabel } from './problemTypes.js';

export interface UnderstoodCertificate {
  /** The reference kind: pem, der, sha256, crtsh_id, crtsh_query, serial_issuer. */
  readonly kind: string;
  readonly value: string;
  readonly sha256: string | null;
  readonly serial: string | null;
  readonly subject: string | null;
  readonly issuer: string | null;
  /** Null when only a reference is known, so nothing was linted. */
  readonly errorLints: readonly string[] | null;
}

export interface UnderstoodProof {
  readonly method: string;
  readonly verified: boolean;
  readonly reason: string;
}

export interface Understood {
  readonly problemType: ProblemType | null;
  readonly certificates: readonly UnderstoodCertificate[];
  readonly proofs: readonly UnderstoodProof[];
  /** Anything that could not be read, in words for the reporter. */
  readonly notes: readonly string[];
}

/** The lines of the acknowledgement's "what we understood" section. */
export function understoodLines(u: Understood): string[] {
  const lines = [`- Problem type: ${problemTypeLabel(u.problemType)}`];
  for (const c of u.certificates) lines.push(`- ${certificateLine(c)}`);
  if (u.certificates.length === 0)
    lines.push(
      '- No certificate: we found no certificate, fingerprint, crt.sh link or serial number in it. If the report concerns particular certificates, please reply with them.',
    );
  for (const p of u.proofs)
    lines.push(
      `- Proof of key compromise (${p.method === 'csr' ? 'CSR' : 'signed statement'}): ${p.verified ? 'verified' : 'NOT verified'}. ${p.reason}`,
    );
  for (const n of u.notes) lines.push(`- Note: ${n}`);
  return lines;
}

export function certificateLine(c: UnderstoodCertificate): string {
  switch (c.kind) {
    case 'pem':
    case 'der': {
      if (c.subject === null)
        return `A certificate (SHA-256 ${c.value}) that does not decode: ${lintSummary(c)}`;
      return `Certificate SHA-256 ${c.value}, serial ${c.serial}, subject "${c.subject}", issuer "${c.issuer}": ${lintSummary(c)}`;
    }
    case 'sha256':
      return `Certificate with SHA-256 fingerprint ${c.value}`;
    case 'crtsh_id':
      return `crt.sh ID ${c.value} (https://crt.sh/?id=${c.value})`;
    case 'crtsh_query':
      return `crt.sh search "${c.value}" (a search, not one certificate: we will look at its results)`;
    case 'serial_issuer':
      return `Serial number ${c.value}${c.issuer ? ` from issuer "${c.issuer}"` : ' (no issuer given)'}`;
    default:
      return `${c.kind} ${c.value}`;
  }
}

function lintSummary(c: UnderstoodCertificate): string {
  const errors = c.errorLints ?? [];
  if (errors.length === 0) return 'our linter found no errors';
  return `our linter found ${errors.length} error${errors.length === 1 ? '' : 's'} (${errors.join(', ')})`;
}

/** Everything understood of one case, from its stored rows: what the confirmation page shows. */
export async function loadUnderstood(
  db: Kysely<Database> | Transaction<Database>,
  caseId: number,
): Promise<Understood> {
  const kase = await db
    .selectFrom('cases')
    .select('problem_type')
    .where('id', '=', caseId)
    .executeTakeFirst();
  const certificates = await db
    .selectFrom('case_certificates')
    .select(['kind', 'value', 'sha256', 'serial', 'subject', 'issuer', 'lint_results'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  const evidence = await db
    .selectFrom('case_evidence')
    .select(['method', 'verified', 'details'])
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return {
    problemType: kase?.problem_type ?? null,
    certificates: certificates.map((c) => ({
      kind: c.kind,
      value: c.value,
      sha256: c.sha256,
      serial: c.serial,
      subject: c.subject,
      issuer: c.issuer,
      errorLints:
        c.lint_results === null ? null : errorLints(JSON.parse(c.lint_results) as Record<string, LintResult>),
    })),
    proofs: evidence.map((e) => ({
      method: e.method,
      verified: e.verified === 1,
      reason: (JSON.parse(e.details) as { reason?: string }).reason ?? '',
    })),
    notes: [],
  };
}
