/**
 * Test data for reports, appendices, scopes and remediation: certificates really generated and
 * signed by test/support/certs.ts, linted and stored as a scan stores them (src/scan/record.ts,
 * persist.ts).
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createScan, writeBatch } from '../../src/scan/persist.js';
import { lintToRecord } from '../../src/scan/record.js';
import type { Database } from '../../src/store/schema.js';
import { OID } from '../../src/x509/oids.js';
import { ext, leaf, name } from '../support/certs.js';

export const CN_LINT = 'e_subject_common_name_not_exactly_from_san';
export const OU_LINT = 'e_organizational_unit_name_prohibited';
export const OU_NO_O_LINT = 'e_subject_contains_organizational_unit_name_and_no_organization_name';
export const SCT_LINT = 'w_ct_sct_policy_count_unsatisfied';
export const UNDERSCORE_LINT = 'e_underscore_not_permissible_in_dnsname';
export const ISSUER = 'C=US, O=Vigil Test PKI, CN=Vigil Test Issuing CA R1';
export const ISSUER_R2 = 'C=US, O=Vigil Test PKI, CN=Vigil Test Issuing CA R2';

export const at = (iso: string): number => Date.parse(iso);
const DAY = 86_400_000;

export interface Inserted {
  id: number;
  sha256: string;
  serial: string;
}

/** A 16-octet serial, distinct per n and with enough entropy-looking octets for the serial lints. */
export function serial(n: number): Uint8Array {
  return Uint8Array.from(Buffer.from(`5a${n.toString(16).padStart(2, '0')}`.repeat(8), 'hex'));
}

export const insertScan = (db: Kysely<Database>, startedAt: number): Promise<number> =>
  createScan(db, { inputs: ['corpus/'], at: null, now: startedAt });

/** Stores a certificate and the findings the linter reports for it, as a scan does (in scan `scanId`). */
export async function insertCertificate(
  db: Kysely<Database>,
  der: Uint8Array,
  scanId?: number,
): Promise<Inserted> {
  const linted = lintToRecord(der, undefined);
  if (!('record' in linted)) throw new Error(linted.problem);
  const { record } = linted;
  const scan = scanId ?? (await insertScan(db, record.notBefore));
  await writeBatch(db, scan, { records: [{ record, der }], objects: 1, unreadable: 0, sources: [] });
  const { id } = await db
    .selectFrom('certificates')
    .select('id')
    .where('sha256', '=', record.sha256)
    .executeTakeFirstOrThrow();
  return { id, sha256: record.sha256, serial: record.serial };
}

export interface CertSpec {
  n: number;
  notBefore: string;
  days?: number;
  /** Subject CN not in the SAN: CN_LINT. */
  cnMismatch?: boolean;
  /** An OU without O: OU_LINT and OU_NO_O_LINT. */
  ou?: boolean;
  underscore?: boolean;
  precertificate?: boolean;
  issuerR2?: boolean;
}

/** A DV leaf with exactly the defects asked for. */
export function certificate(spec: CertSpec): Uint8Array {
  const notBefore = new Date(spec.notBefore);
  const host = spec.underscore ? 'a_b.example.com' : 'www.example.com';
  const cn = spec.cnMismatch ? `other${spec.n}.example.com` : host;
  const extensions: Record<string, Uint8Array> = {};
  if (spec.precertificate) extensions[OID.ctPoison] = ext.ctPoison();
  if (spec.underscore) extensions[OID.subjectAltName] = ext.subjectAltName([host]);
  return leaf({
    serial: serial(spec.n),
    notBefore,
    notAfter: new Date(notBefore.getTime() + (spec.days ?? 90) * DAY - 1000),
    subject: spec.ou ? name(['OU', 'Web'], ['CN', cn]) : name(['CN', cn]),
    ...(spec.issuerR2
      ? { issuer: name(['C', 'US'], ['O', 'Vigil Test PKI'], ['CN', 'Vigil Test Issuing CA R2']) }
      : {}),
    ext: extensions,
  });
}

/**
 * The known corpus of the report, appendix and CLI tests. Scan 1 holds a, bPre and d; scan 2 the
 * rest. b is a precertificate with its final certificate; c a precertificate alone, valid 15 days.
 */
export async function seedCorpus(db: Kysely<Database>) {
  const scan1 = await insertScan(db, at('2026-07-01T00:00:00Z'));
  const scan2 = await insertScan(db, at('2026-07-02T00:00:00Z'));
  const put = (spec: CertSpec, scan: number) => insertCertificate(db, certificate(spec), scan);
  return {
    scan1,
    scan2,
    a: await put({ n: 1, notBefore: '2026-06-01T00:00:00Z', cnMismatch: true }, scan1),
    bPre: await put(
      { n: 2, notBefore: '2026-06-05T12:00:00Z', cnMismatch: true, precertificate: true },
      scan1,
    ),
    bCert: await put({ n: 2, notBefore: '2026-06-05T12:00:00Z', cnMismatch: true }, scan2),
    c: await put(
      { n: 3, notBefore: '2026-06-10T00:00:00Z', cnMismatch: true, precertificate: true, days: 15 },
      scan2,
    ),
    d: await put({ n: 4, notBefore: '2026-06-03T00:00:00Z', ou: true }, scan1),
    e: await put({ n: 5, notBefore: '2026-06-07T18:00:00Z', ou: true }, scan2),
    f: await put({ n: 6, notBefore: '2026-06-02T00:00:00Z' }, scan2),
    g: await put({ n: 7, notBefore: '2026-07-01T00:00:00Z', cnMismatch: true, issuerR2: true }, scan2),
    h: await put({ n: 8, notBefore: '2026-06-04T00:00:00Z', underscore: true }, scan2),
  };
}

/**
 * `count` certificate rows with made-up fingerprints and one finding of `lint` each: enough rows for
 * the crt.sh threshold without signing ten thousand certificates. Numbered from `first`, each a
 * second after the one before.
 */
export async function insertSynthetic(
  db: Kysely<Database>,
  count: number,
  lint: string,
  first = 0,
): Promise<string[]> {
  const fingerprints: string[] = [];
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, k) => {
      const i = first + start + k;
      const sha256 = createHash('sha256').update(`synthetic ${i}`).digest('hex');
      fingerprints.push(sha256);
      return {
        sha256,
        kind: 'precertificate' as const,
        serial: (0x10000000 + i).toString(16),
        issuer: ISSUER,
        subject: `CN=host${i}.example.com`,
        dns_names: JSON.stringify([`host${i}.example.com`]),
        not_before: at('2026-06-01T00:00:00Z') + i * 1000,
        not_after: at('2026-08-30T00:00:00Z'),
        policy_type: 'DV' as const,
        authority_key_id: null,
        crl_urls: '[]',
        der: Buffer.from([0x30, 0x00]),
      };
    });
    const ids = await db.insertInto('certificates').values(rows).returning('id').execute();
    await db
      .insertInto('findings')
      .values(ids.map(({ id }) => ({ certificate_id: id, lint, status: 'error', details: null })))
      .execute();
  }
  return fingerprints;
}

/** The audit log, oldest first, with details parsed; only `action`'s entries when given. */
export async function auditEntries(db: Kysely<Database>, action?: string) {
  let query = db
    .selectFrom('audit_log')
    .select(['actor_type', 'actor_label', 'action', 'subject_type', 'subject_id', 'details'])
    .orderBy('id');
  if (action !== undefined) query = query.where('action', '=', action);
  return (await query.execute()).map((e) => ({
    ...e,
    details: e.details === null ? null : (JSON.parse(e.details) as Record<string, unknown>),
  }));
}
