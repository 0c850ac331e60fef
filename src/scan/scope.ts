/**
 * Scopes: saved queries naming the certificates one problem affects, for the incident they belong to.
 * A second person approves a scope (peer-reviewed queries, seed 004), and a re-run shows whether the
 * set changed since the last run: "nothing new appeared" is what a re-run should prove.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { type Actor, audit } from '../store/audit.js';
import type { CertificateKind, Scope } from '../store/scanSchema.js';
import type { Database } from '../store/schema.js';
import { type ScanQuery, SCAN_QUERY, affectedCertificates, compare, rowsOf } from './reportQuery.js';

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };
export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = (error: string) => ({ ok: false, error }) as const;

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

/** The person acting, by e-mail address: scope actions are a person's, recorded in the audit log. */
export function userActor(email: string): Outcome<Actor> {
  const label = email.trim().toLowerCase();
  return EMAIL.test(label) ? ok({ type: 'user', id: null, label }) : fail(`not an e-mail address: ${email}`);
}

export interface NewScope {
  name: string;
  incident: string | null;
  query: ScanQuery;
}

export async function saveScope(
  db: Kysely<Database>,
  scope: NewScope,
  by: string,
  now: number,
): Promise<Outcome<Scope>> {
  const actor = userActor(by);
  if (!actor.ok) return actor;
  if (scope.name.trim() === '') return fail('a scope needs a name');
  const query = SCAN_QUERY.safeParse(scope.query);
  if (!query.success) return fail(`invalid query: ${query.error.issues.map((i) => i.message).join('; ')}`);
  if (!query.data.lints) return fail('a scope names the lints of its problem');
  return db.transaction().execute(async (trx) => {
    const saved = await trx
      .insertInto('scopes')
      .values({
        name: scope.name.trim(),
        incident: scope.incident?.trim() || null,
        query: JSON.stringify(query.data),
        created_by: actor.value.label,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actor: actor.value,
      action: 'scope.save',
      at: now,
      subject: { type: 'scope', id: saved.id },
      details: { name: saved.name, incident: saved.incident, query: query.data },
    });
    return ok(saved);
  });
}

export async function scopeById(db: Kysely<Database>, id: number): Promise<Outcome<Scope>> {
  const scope = await db.selectFrom('scopes').selectAll().where('id', '=', id).executeTakeFirst();
  return scope ? ok(scope) : fail(`no scope ${id}`);
}

/** The saved query; stored by saveScope, so it always parses. */
export const scopeQuery = (scope: Scope): ScanQuery => SCAN_QUERY.parse(JSON.parse(scope.query));

export const listScopes = (db: Kysely<Database>): Promise<Scope[]> =>
  db.selectFrom('scopes').selectAll().orderBy('id').execute();

/**
 * Runs `body` in one transaction, for the person `by` on scope `id`; fails when the address is not
 * one or there is no such scope.
 */
export async function onScope<T>(
  db: Kysely<Database>,
  id: number,
  by: string,
  body: (trx: Transaction<Database>, scope: Scope, actor: Actor) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  const actor = userActor(by);
  if (!actor.ok) return actor;
  return db.transaction().execute(async (trx) => {
    // The scope's row lock first: concurrent actions on one scope (PostgreSQL) take turns.
    await trx
      .updateTable('scopes')
      .set((eb) => ({ name: eb.ref('name') }))
      .where('id', '=', id)
      .execute();
    const scope = await scopeById(trx, id);
    return scope.ok ? body(trx, scope.value, actor.value) : scope;
  });
}

/** Four eyes: anyone but the scope's author approves it, once. */
export function approveScope(
  db: Kysely<Database>,
  id: number,
  by: string,
  now: number,
): Promise<Outcome<Scope>> {
  return onScope(db, id, by, async (trx, scope, actor) => {
    if (scope.created_by === actor.label)
      return fail(`${actor.label} saved scope ${id}: a second person must approve it`);
    if (scope.approved_by !== null) return fail(`scope ${id} was approved by ${scope.approved_by} already`);
    // Conditional, so a concurrent approval (PostgreSQL) is not recorded twice.
    const approved = await trx
      .updateTable('scopes')
      .set({ approved_by: actor.label, approved_at: now })
      .where('id', '=', id)
      .where('approved_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!approved) return fail(`scope ${id} was approved meanwhile`);
    await audit(trx, { actor, action: 'scope.approve', at: now, subject: { type: 'scope', id } });
    return ok(approved);
  });
}

export interface CertificateRef {
  sha256: string;
  kind: CertificateKind;
  serial: string;
  issuer: string;
}

export interface ScopeRun {
  scope: Scope;
  /** Affected certificates (a precertificate and its certificate count once). */
  count: number;
  /** SHA-256 over the sorted fingerprints (lower-case hex, one per line, no final newline). */
  digest: string;
  previousDigest: string | null;
  previousRunAt: number | null;
  appeared: CertificateRef[];
  disappeared: CertificateRef[];
}

/** SHA-256 (hex) of the sorted fingerprints joined by newlines: equal sets, equal digests. */
export const setDigest = (fingerprints: readonly string[]): string =>
  createHash('sha256')
    .update([...fingerprints].sort(compare).join('\n'))
    .digest('hex');

/** Runs the saved query, compares it with the last run and keeps this one as the new last run. */
export function runScope(
  db: Kysely<Database>,
  id: number,
  by: string,
  now: number,
): Promise<Outcome<ScopeRun>> {
  return onScope(db, id, by, async (trx, found, actor) => {
    const affected = await affectedCertificates(trx, scopeQuery(found));
    const rows = affected.flatMap(rowsOf);
    const current = new Map(rows.map((r) => [r.id, r]));
    const previous = await lastRun(trx, id);
    const byFingerprint = (a: CertificateRef, b: CertificateRef) => compare(a.sha256, b.sha256);
    const appeared = rows.filter((r) => !previous.has(r.id)).map(ref);
    const disappeared = [...previous].filter(([cid]) => !current.has(cid)).map(([, r]) => r);
    const digest = setDigest(rows.map((r) => r.sha256));
    await trx.deleteFrom('scope_certificates').where('scope_id', '=', id).execute();
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('scope_certificates')
        .values(rows.slice(i, i + 500).map((r) => ({ scope_id: id, certificate_id: r.id })))
        .execute();
    const scope = await trx
      .updateTable('scopes')
      .set({ last_run_at: now, last_count: affected.length, last_digest: digest })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const run: ScopeRun = {
      scope,
      count: affected.length,
      digest,
      previousDigest: found.last_digest,
      previousRunAt: found.last_run_at,
      appeared: appeared.sort(byFingerprint),
      disappeared: disappeared.sort(byFingerprint),
    };
    await audit(trx, {
      actor,
      action: 'scope.run',
      at: now,
      subject: { type: 'scope', id },
      details: {
        count: run.count,
        digest,
        previousDigest: run.previousDigest,
        appeared: run.appeared.length,
        disappeared: run.disappeared.length,
      },
    });
    return ok(run);
  });
}

const ref = (r: CertificateRef): CertificateRef => ({
  sha256: r.sha256,
  kind: r.kind,
  serial: r.serial,
  issuer: r.issuer,
});

async function lastRun(trx: Transaction<Database>, scopeId: number): Promise<Map<number, CertificateRef>> {
  const rows = await trx
    .selectFrom('scope_certificates')
    .innerJoin('certificates', 'certificates.id', 'scope_certificates.certificate_id')
    .select(['certificates.id', 'sha256', 'kind', 'serial', 'issuer'])
    .where('scope_certificates.scope_id', '=', scopeId)
    .execute();
  return new Map(rows.map((r) => [r.id, ref(r)]));
}
