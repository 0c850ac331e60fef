/** Scans of generated corpora on both databases: exactly the certificates and findings expected. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe } from 'node:test';
import { encodePem } from '../../src/der/pem.js';
import type { Store } from '../../src/store/database.js';
import { runScan, type ScanOptions } from '../../src/scan/scan.js';
import { leaf } from '../support/certs.js';
import {
  type CorpusCertificate,
  DEFECT_LINT,
  defectCorpus,
  EVERY_CERTIFICATE_LINT,
  writeCorpus,
} from '../support/corpus.js';
import { eachStore } from '../support/stores.js';
import { x509Entry } from './ctLog.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const sha256 = (der: Uint8Array) => createHash('sha256').update(der).digest('hex');
/** One thread, except where a test asks for more: each thread costs a second to start. */
const scan = (store: Store, options: Partial<ScanOptions>) =>
  runScan(store, { workers: 1, batchSize: 7, now: () => NOW, ...options });

const corpus = [...defectCorpus({ good: 40, badDnsName: 15, cnNotInSan: 10, extraSans: 5 })];
const corpusDir = mkdtempSync(join(tmpdir(), 'vigil-scan-'));
// Bundles in nested folders, and the last certificate alone as DER beside them.
writeCorpus(join(corpusDir, 'bundles'), corpus.slice(0, -1), { perBundle: 9 });
writeFileSync(join(corpusDir, 'single.der'), (corpus.at(-1) as CorpusCertificate).der);
writeFileSync(join(corpusDir, 'notes.txt'), 'not a certificate file: a directory scan skips it');

async function findingsByLint(store: Store, scanId: number) {
  const rows = await store.db
    .selectFrom('findings')
    .innerJoin('scan_certificates', 'scan_certificates.certificate_id', 'findings.certificate_id')
    .innerJoin('certificates', 'certificates.id', 'findings.certificate_id')
    .select(['findings.lint', 'findings.status', 'certificates.sha256', 'certificates.not_before'])
    .where('scan_certificates.scan_id', '=', scanId)
    .execute();
  const byLint = new Map<string, typeof rows>();
  for (const r of rows) byLint.set(r.lint, [...(byLint.get(r.lint) ?? []), r]);
  return byLint;
}

describe('vigil scan', () => {
  eachStore('a corpus with known defects gives exactly those findings', async ({ store }) => {
    // Two threads: results come back out of order and must be written in reading order.
    const { summary, unreadable } = await scan(store, { inputs: [corpusDir], workers: 2 });
    assert.deepEqual(unreadable, []);
    assert.deepEqual(summary, {
      id: summary.id,
      state: 'finished',
      objects: 65,
      certificates: 65,
      unreadable: 0,
      findings: { fatal: 0, error: 25, warn: 0, notice: 65 },
    });
    const byLint = await findingsByLint(store, summary.id);
    assert.deepEqual(
      [...byLint.keys()].sort(),
      [...Object.values(DEFECT_LINT), EVERY_CERTIFICATE_LINT].sort(),
    );
    for (const [defect, lint] of Object.entries(DEFECT_LINT)) {
      const affected = corpus.filter((c) => c.defect === defect);
      const found = byLint.get(lint) ?? [];
      assert.deepEqual(found.map((f) => f.sha256).sort(), affected.map((c) => sha256(c.der)).sort(), lint);
      assert.ok(found.every((f) => f.status === 'error'));
      const dates = found.map((f) => f.not_before);
      assert.equal(Math.min(...dates), (affected[0] as CorpusCertificate).notBefore.getTime());
      assert.equal(Math.max(...dates), (affected.at(-1) as CorpusCertificate).notBefore.getTime());
    }
    const stored = await store.db
      .selectFrom('certificates')
      .select(['sha256', 'policy_type', 'kind'])
      .execute();
    const policy = new Map(corpus.map((c) => [sha256(c.der), c.policyType]));
    assert.equal(stored.length, 65);
    for (const row of stored) {
      assert.equal(row.policy_type, policy.get(row.sha256));
      assert.equal(row.kind, 'certificate');
    }
  });

  eachStore('stores the columns reports need', async ({ store }) => {
    const der = leaf({ serial: 0x00ab_cdefn, key: 'p256', signer: 'p256' });
    const dir = mkdtempSync(join(tmpdir(), 'vigil-scan-'));
    writeFileSync(join(dir, 'one.pem'), encodePem('CERTIFICATE', der));
    await scan(store, { inputs: [dir] });
    const row = await store.db.selectFrom('certificates').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual(
      { ...row, id: 0, der: Buffer.from(row.der).equals(Buffer.from(der)) },
      {
        id: 0,
        sha256: sha256(der),
        kind: 'certificate',
        serial: 'abcdef',
        issuer: 'C=US, O=Vigil Test PKI, CN=Vigil Test Issuing CA R1',
        subject: 'CN=www.example.com',
        dns_names: '["www.example.com","example.com"]',
        not_before: Date.parse('2026-06-01T00:00:00Z'),
        not_after: Date.parse('2026-06-01T00:00:00Z') + 90 * 86_400_000 - 1000,
        policy_type: 'DV',
        authority_key_id: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
        crl_urls: '["http://crl.example.net/r1.crl"]',
        der: true,
      },
    );
  });

  eachStore(
    'a CT get-entries file: x509 and precert entries, the precertificate linted as one',
    async ({ store }) => {
      const fixture = resolve(import.meta.dirname, '../../../test/fixtures/ct');
      const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as {
        kind: string;
        sha256: string;
        serial: string;
        lints: string[];
      }[];
      const { summary } = await scan(store, { inputs: [join(fixture, 'get-entries.json')] });
      assert.equal(summary.objects, 4);
      assert.equal(summary.unreadable, 0);
      const rows = await store.db
        .selectFrom('certificates')
        .leftJoin('findings', 'findings.certificate_id', 'certificates.id')
        .select(['certificates.sha256', 'certificates.kind', 'certificates.serial', 'findings.lint'])
        .execute();
      // The DER stored is exactly the object linted (a slice of the entry's decoded bytes).
      const ders = await store.db.selectFrom('certificates').select(['sha256', 'der']).execute();
      for (const { sha256: fingerprint, der } of ders) assert.equal(sha256(der), fingerprint);
      const stored = new Map<string, { kind: string; serial: string; lints: string[] }>();
      for (const r of rows) {
        const entry = stored.get(r.sha256) ?? { kind: r.kind, serial: r.serial, lints: [] };
        if (r.lint !== null) entry.lints.push(r.lint);
        stored.set(r.sha256, entry);
      }
      assert.deepEqual(
        [...stored]
          .map(([sha, e]) => ({ sha256: sha, kind: e.kind, serial: e.serial, lints: e.lints.sort() }))
          .sort((a, b) => a.sha256.localeCompare(b.sha256)),
        expected
          .map(({ sha256: s, kind, serial, lints }) => ({
            sha256: s,
            kind,
            serial,
            lints: [...lints].sort(),
          }))
          .sort((a, b) => a.sha256.localeCompare(b.sha256)),
      );
    },
  );

  eachStore('malformed inputs are counted as unreadable, the rest is scanned', async ({ store }) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-scan-bad-'));
    const good = leaf({ key: 'p256', signer: 'p256' });
    const pem = encodePem('CERTIFICATE', good);
    writeFileSync(
      join(dir, 'a-bad-base64.pem'),
      `${pem}-----BEGIN CERTIFICATE-----\nAB!C\n-----END CERTIFICATE-----\n`,
    );
    writeFileSync(join(dir, 'b-truncated.der'), good.subarray(0, 200));
    writeFileSync(join(dir, 'c-empty.crt'), '');
    writeFileSync(
      join(dir, 'd-unterminated.pem'),
      `${encodePem('PRIVATE KEY', Uint8Array.of(1))}${pem.slice(0, 200)}`,
    );
    const entry = x509Entry(leaf({ key: 'p256', signer: 'p256' }), [], 1);
    const leafBytes = Buffer.from(entry.leaf_input, 'base64');
    const ct = join(dir, 'entries.json');
    writeFileSync(
      ct,
      JSON.stringify({
        entries: [
          entry,
          { ...entry, leaf_input: 'not base64!' },
          { ...entry, leaf_input: leafBytes.subarray(0, 40).toString('base64') },
          {
            ...entry,
            leaf_input: Buffer.concat([leafBytes.subarray(0, 10), Buffer.of(0, 7)]).toString('base64'),
          },
          { leaf_input: entry.leaf_input },
          42,
        ],
      }),
    );
    const truncatedJson = join(dir, 'truncated.json');
    writeFileSync(truncatedJson, JSON.stringify({ entries: [entry, entry] }).slice(0, -40));
    const { summary, unreadable } = await scan(store, { inputs: [dir, ct, truncatedJson] });
    // Objects: 2 + 1 + 1 + 1 (PEM, DER), 6 (CT), 2 (truncated JSON: one entry, one unclosed); the
    // certificate of the CT entries appears twice and is stored once.
    assert.equal(summary.objects, 13);
    assert.equal(summary.unreadable, 10);
    assert.equal(summary.certificates, 2);
    assert.equal(summary.state, 'finished');
    const reasons = unreadable.map((u) => `${u.source.slice(dir.length + 1)}#${u.index}: ${u.reason}`);
    assert.equal(reasons.length, 10);
    for (const [i, pattern] of [
      /^a-bad-base64\.pem#1: PEM line \d+: invalid base64/,
      /^b-truncated\.der#0: not a certificate: /,
      /^c-empty\.crt#0: empty file/,
      /^d-unterminated\.pem#0: PEM line \d+: BEGIN CERTIFICATE without END/,
      /^entries\.json#1: CT entry: leaf_input: not base64/,
      /^entries\.json#2: CT entry: leaf_input: truncated ASN\.1Cert/,
      /^entries\.json#3: CT entry: leaf_input: unknown entry_type 7/,
      /^entries\.json#4: CT entry: extra_data: not base64/,
      /^entries\.json#5: CT entry: leaf_input: not base64/,
      /^truncated\.json#1: truncated JSON/,
    ].entries())
      assert.match(reasons[i] as string, pattern);
  });

  eachStore(
    '--at evaluates every lint on that date; scanning again replaces findings, adds no rows',
    async ({ store }) => {
      const first = await scan(store, { inputs: [corpusDir], at: new Date('2020-01-01T00:00:00Z') });
      // In 2020 the CN-in-SAN rule of SC62 (2023-09-15) was not in force, the one before it was.
      const in2020 = await findingsByLint(store, first.summary.id);
      assert.equal(in2020.get(DEFECT_LINT.cnNotInSan), undefined);
      assert.equal(in2020.get('e_subject_common_name_not_from_san')?.length, 10);
      assert.equal(in2020.get(DEFECT_LINT.badDnsName)?.length, 15);
      const stored = await store.db
        .selectFrom('scans')
        .select('at')
        .where('id', '=', first.summary.id)
        .executeTakeFirst();
      assert.equal(stored?.at, Date.parse('2020-01-01T00:00:00Z'));
      const second = await scan(store, { inputs: [corpusDir] });
      assert.deepEqual(second.summary.findings, { fatal: 0, error: 25, warn: 0, notice: 65 });
      const counts = await store.db
        .selectFrom('certificates')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(counts.n), 65);
      const firstNow = await findingsByLint(store, first.summary.id);
      assert.equal(firstNow.get(DEFECT_LINT.cnNotInSan)?.length, 10, 'findings belong to the certificate');
    },
  );
});
