import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CRTSH_THRESHOLD, appendixCsv, crtshAllowed, crtshLines } from '../../src/scan/appendix.js';
import {
  planRevocations,
  recordRevocation,
  remediateScope,
  remediationsOf,
} from '../../src/scan/remediation.js';
import { csvRecord, parseCsv } from '../../src/scan/reportCsv.js';
import { affectedCertificates } from '../../src/scan/reportQuery.js';
import { saveScope } from '../../src/scan/scope.js';
import type { Store } from '../../src/store/database.js';
import { eachStore } from '../support/stores.js';
import { CN_LINT, ISSUER, ISSUER_R2, UNDERSCORE_LINT, at, insertSynthetic, seedCorpus } from './fixtures.js';

const NOW = at('2026-07-10T00:00:00Z');
const HEADER =
  'Precertificate SHA-256,Certificate SHA-256,Subject,Issuer,notBefore,notAfter,Serial Number,dNSNames,' +
  'Is Revoked,Revocation Date,Revocation Reason,Validation Type,Revocation Deadline,Findings\r\n';
const R1 = '"C=US, O=Vigil Test PKI, CN=Vigil Test Issuing CA R1"';
const R2 = '"C=US, O=Vigil Test PKI, CN=Vigil Test Issuing CA R2"';
const CN_DETAILS = (n: number) => `${CN_LINT}: commonName not in subjectAltName: other${n}.example.com`;

async function scope(store: Store, issuer: string) {
  const saved = await saveScope(
    store.db,
    { name: `CN not in SAN, ${issuer}`, incident: '1990001', query: { lints: [CN_LINT], issuers: [issuer] } },
    'ada@ca.example',
    NOW,
  );
  assert.ok(saved.ok);
  return saved.value.id;
}

describe('IRG appendix', () => {
  eachStore('writes the standard columns in order, then the extra ones, byte for byte', async ({ store }) => {
    const { a, bPre, bCert, c, g } = await seedCorpus(store.db);
    // Reason 12 (5 days, superseded) for issuer R1; reason 3 (24 h, keyCompromise) for R2.
    const r1 = await scope(store, ISSUER);
    const r2 = await scope(store, ISSUER_R2);
    const aware = at('2026-07-08T09:30:00Z');
    assert.ok((await remediateScope(store.db, r1, { reason: 12, awareAt: aware }, 'ada@ca.example', NOW)).ok);
    const early = at('2026-07-01T00:00:00Z');
    assert.ok((await remediateScope(store.db, r2, { reason: 3, awareAt: early }, 'ada@ca.example', NOW)).ok);
    const revoked = { sha256: a.sha256, revokedAt: at('2026-07-09T08:00:00Z'), code: 4 };
    assert.ok((await recordRevocation(store.db, revoked, 'ops@ca.example', NOW)).ok);

    const csv = async () => {
      const affected = await affectedCertificates(store.db, { lints: [CN_LINT] });
      return appendixCsv(affected, await remediationsOf(store.db, affected), NOW);
    };
    const rowA =
      `,${a.sha256},CN=other1.example.com,${R1},2026-06-01T00:00:00Z,2026-08-29T23:59:59Z,` +
      `5a015a015a015a015a015a015a015a01,www.example.com example.com,Yes,2026-07-09T08:00:00Z,superseded,` +
      `DV,2026-07-13T09:30:00Z,${CN_DETAILS(1)}\r\n`;
    // Planned: by the deadline, with the reason code the reason requires.
    const rowB =
      `${bPre.sha256},${bCert.sha256},CN=other2.example.com,${R1},2026-06-05T12:00:00Z,2026-09-03T11:59:59Z,` +
      `5a025a025a025a025a025a025a025a02,www.example.com example.com,Planned,2026-07-13T09:30:00Z,superseded,` +
      `DV,2026-07-13T09:30:00Z,${CN_DETAILS(2)}\r\n`;
    // A precertificate alone, expired before it was revoked.
    const rowC =
      `${c.sha256},,CN=other3.example.com,${R1},2026-06-10T00:00:00Z,2026-06-24T23:59:59Z,` +
      `5a035a035a035a035a035a035a035a03,www.example.com example.com,N/A,N/A,N/A,` +
      `DV,2026-07-13T09:30:00Z,${CN_DETAILS(3)}\r\n`;
    const rowG = (date: string) =>
      `,${g.sha256},CN=other7.example.com,${R2},2026-07-01T00:00:00Z,2026-09-28T23:59:59Z,` +
      `5a075a075a075a075a075a075a075a07,www.example.com example.com,Delayed,${date},keyCompromise,` +
      `DV,2026-07-02T00:00:00Z,${CN_DETAILS(7)}\r\n`;
    assert.equal(await csv(), HEADER + rowA + rowB + rowC + rowG('N/A'));

    assert.ok((await planRevocations(store.db, r2, at('2026-07-20T00:00:00Z'), 'ada@ca.example', NOW)).ok);
    assert.equal(await csv(), HEADER + rowA + rowB + rowC + rowG('2026-07-20T00:00:00Z'));
  });

  eachStore(
    'says No for a certificate nobody tracks, N/A once expired, and quotes as RFC 4180 asks',
    async ({ store }) => {
      const { c, h } = await seedCorpus(store.db);
      const csv = async (q: Parameters<typeof affectedCertificates>[1]) => {
        const affected = await affectedCertificates(store.db, q);
        return appendixCsv(affected, await remediationsOf(store.db, affected), NOW);
      };
      assert.equal(
        await csv({ lints: [UNDERSCORE_LINT] }),
        HEADER +
          `,${h.sha256},CN=a_b.example.com,${R1},2026-06-04T00:00:00Z,2026-09-01T23:59:59Z,` +
          '5a085a085a085a085a085a085a085a08,a_b.example.com,No,N/A,N/A,DV,N/A,' +
          `"${UNDERSCORE_LINT}: ""a_b.example.com"" contains an underscore"\r\n`,
      );
      const day = { lints: [CN_LINT], from: at('2026-06-10T00:00:00Z'), to: at('2026-06-10T00:00:00Z') };
      assert.equal(
        await csv(day),
        HEADER +
          `${c.sha256},,CN=other3.example.com,${R1},2026-06-10T00:00:00Z,2026-06-24T23:59:59Z,` +
          `5a035a035a035a035a035a035a035a03,www.example.com example.com,N/A,N/A,N/A,DV,N/A,${CN_DETAILS(3)}\r\n`,
      );
    },
  );

  eachStore('offers crt.sh links from 10,000 certificates on, not below', async ({ store }) => {
    const fingerprints = await insertSynthetic(store.db, CRTSH_THRESHOLD - 1, CN_LINT);
    const below = await affectedCertificates(store.db, { lints: [CN_LINT] });
    assert.equal(below.length, 9_999);
    assert.equal(crtshAllowed(below.length), false);
    fingerprints.push(...(await insertSynthetic(store.db, 1, CN_LINT, CRTSH_THRESHOLD - 1)));
    const at10k = await affectedCertificates(store.db, { lints: [CN_LINT] });
    assert.equal(crtshAllowed(at10k.length), true);
    const lines = crtshLines(at10k);
    assert.equal(lines, fingerprints.map((f) => `https://crt.sh/?sha256=${f}\n`).join(''));
    // The CSV stays available: one header and 10,000 records.
    assert.equal(appendixCsv(at10k, new Map(), NOW).split('\r\n').length, 10_002);
  });
});

describe('appendix formats', () => {
  it('links each certificate once, by its precertificate when there is one', async () => {
    const row = (sha256: string) => ({ sha256 }) as never;
    const pair = { issuer: 'i', serial: '01', precertificate: row('aa'), certificate: row('bb') };
    const alone = { issuer: 'i', serial: '02', precertificate: null, certificate: row('cc') };
    assert.equal(crtshLines([pair, alone]), 'https://crt.sh/?sha256=aa\nhttps://crt.sh/?sha256=cc\n');
    assert.equal(crtshAllowed(9_999), false);
    assert.equal(crtshAllowed(10_000), true);
  });

  it('quotes exactly the fields RFC 4180 requires, and reads them back', () => {
    const fields = ['plain', 'a,b', 'say "hi"', 'two\r\nlines', 'lf\nonly', '', 'x y'];
    const record = csvRecord(fields);
    assert.equal(record, 'plain,"a,b","say ""hi""","two\r\nlines","lf\nonly",,x y\r\n');
    assert.deepEqual(parseCsv(record + record), [fields, fields]);
    assert.deepEqual(parseCsv('a,b\nc,d'), [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    assert.throws(() => parseCsv('a"b'), /quote inside an unquoted field/);
    assert.throws(() => parseCsv('"open'), /unterminated/);
  });
});
