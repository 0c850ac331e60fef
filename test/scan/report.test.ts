import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isoUtc,
  lintSummary,
  listJson,
  listText,
  summaryJson,
  summaryText,
  table,
} from '../../src/scan/report.js';
import { type ScanQuery, affectedCertificates } from '../../src/scan/reportQuery.js';
import type { Store } from '../../src/store/database.js';
import { eachStore } from '../support/stores.js';
import {
  CN_LINT,
  ISSUER,
  ISSUER_R2,
  OU_LINT,
  OU_NO_O_LINT,
  SCT_LINT,
  UNDERSCORE_LINT,
  at,
  seedCorpus,
} from './fixtures.js';

/** [lint, count, first notBefore, last notBefore] */
type Row = [string, number, string, string];

async function summary(store: Store, q: ScanQuery): Promise<Row[]> {
  return (await lintSummary(store.db, q)).map((s) => [
    s.lint,
    s.count,
    isoUtc(s.firstNotBefore),
    isoUtc(s.lastNotBefore),
  ]);
}

describe('scan report', () => {
  eachStore(
    'counts each problem once per certificate, with the first and last notBefore',
    async ({ store }) => {
      await seedCorpus(store.db);
      assert.deepEqual(await summary(store, {}), [
        [OU_LINT, 2, '2026-06-03T00:00:00Z', '2026-06-07T18:00:00Z'],
        // a, b (precertificate and certificate: one), c (a precertificate alone), g
        [CN_LINT, 4, '2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'],
        [OU_NO_O_LINT, 2, '2026-06-03T00:00:00Z', '2026-06-07T18:00:00Z'],
        [UNDERSCORE_LINT, 1, '2026-06-04T00:00:00Z', '2026-06-04T00:00:00Z'],
        // Final certificates only: precertificates need no SCTs.
        [SCT_LINT, 7, '2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'],
        ['w_dnsname_underscore_in_trd', 1, '2026-06-04T00:00:00Z', '2026-06-04T00:00:00Z'],
        ['w_rfc_dnsname_underscore_in_trd', 1, '2026-06-04T00:00:00Z', '2026-06-04T00:00:00Z'],
      ]);
    },
  );

  eachStore('filters by lint, severity, notBefore range, issuer and scan', async ({ store }) => {
    const corpus = await seedCorpus(store.db);
    assert.deepEqual(await summary(store, { severities: ['notice'] }), [
      [SCT_LINT, 7, '2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'],
    ]);
    assert.deepEqual(await summary(store, { lints: [CN_LINT, OU_LINT], severities: ['error'] }), [
      [OU_LINT, 2, '2026-06-03T00:00:00Z', '2026-06-07T18:00:00Z'],
      [CN_LINT, 4, '2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'],
    ]);
    assert.deepEqual(await summary(store, { issuers: [ISSUER_R2] }), [
      [CN_LINT, 1, '2026-07-01T00:00:00Z', '2026-07-01T00:00:00Z'],
      [SCT_LINT, 1, '2026-07-01T00:00:00Z', '2026-07-01T00:00:00Z'],
    ]);
    // Both bounds inclusive, to the millisecond.
    const range = {
      from: at('2026-06-03T00:00:00Z'),
      to: at('2026-06-07T18:00:00Z'),
      lints: [CN_LINT, OU_LINT],
    };
    assert.deepEqual(await summary(store, range), [
      [OU_LINT, 2, '2026-06-03T00:00:00Z', '2026-06-07T18:00:00Z'],
      [CN_LINT, 1, '2026-06-05T12:00:00Z', '2026-06-05T12:00:00Z'],
    ]);
    assert.deepEqual(await summary(store, { ...range, from: range.from + 1, to: range.to - 1 }), [
      [CN_LINT, 1, '2026-06-05T12:00:00Z', '2026-06-05T12:00:00Z'],
    ]);
    assert.deepEqual(await summary(store, { lints: [CN_LINT], issuers: [ISSUER], scanId: corpus.scan1 }), [
      [CN_LINT, 2, '2026-06-01T00:00:00Z', '2026-06-05T12:00:00Z'],
    ]);
    assert.deepEqual(await summary(store, { lints: ['e_no_such_lint'] }), []);
  });

  eachStore(
    'lists the certificates of a problem, a precertificate and its certificate together',
    async ({ store }) => {
      const { a, bPre, bCert, c, g, scan1 } = await seedCorpus(store.db);
      const list = await affectedCertificates(store.db, { lints: [CN_LINT] });
      assert.deepEqual(
        list.map((x) => [x.precertificate?.id ?? null, x.certificate?.id ?? null]),
        [
          [null, a.id],
          [bPre.id, bCert.id],
          [c.id, null],
          [null, g.id],
        ],
      );
      // The precertificate was seen by scan 1, its certificate by scan 2: the pair stays whole.
      const inScan1 = await affectedCertificates(store.db, { lints: [CN_LINT], scanId: scan1 });
      assert.equal(
        listText(inScan1),
        [
          'notBefore             serial                            certificate SHA-256                                               precertificate SHA-256                                            subject',
          `2026-06-01T00:00:00Z  5a015a015a015a015a015a015a015a01  ${a.sha256}  -                                                                 CN=other1.example.com`,
          `2026-06-05T12:00:00Z  5a025a025a025a025a025a025a025a02  ${bCert.sha256}  ${bPre.sha256}  CN=other2.example.com`,
          '',
        ].join('\n'),
      );
      assert.deepEqual(JSON.parse(listJson(inScan1))[1], {
        precertificateSha256: bPre.sha256,
        certificateSha256: bCert.sha256,
        serial: '5a025a025a025a025a025a025a025a02',
        issuer: ISSUER,
        subject: 'CN=other2.example.com',
        dnsNames: ['www.example.com', 'example.com'],
        notBefore: '2026-06-05T12:00:00Z',
        notAfter: '2026-09-03T11:59:59Z',
        findings: [
          { lint: CN_LINT, status: 'error', details: 'commonName not in subjectAltName: other2.example.com' },
        ],
      });
    },
  );
});

describe('report formats', () => {
  const rows = [
    {
      lint: CN_LINT,
      count: 4,
      firstNotBefore: at('2026-06-01T00:00:00Z'),
      lastNotBefore: at('2026-07-01T00:00:00Z'),
    },
    {
      lint: OU_LINT,
      count: 12,
      firstNotBefore: at('2026-06-03T00:00:00Z'),
      lastNotBefore: at('2026-06-07T18:00:00Z'),
    },
  ];

  it('prints JSON per lint with ISO 8601 UTC dates', () => {
    assert.equal(
      summaryJson(rows),
      `[
  {
    "lint": "${CN_LINT}",
    "count": 4,
    "firstNotBefore": "2026-06-01T00:00:00Z",
    "lastNotBefore": "2026-07-01T00:00:00Z"
  },
  {
    "lint": "${OU_LINT}",
    "count": 12,
    "firstNotBefore": "2026-06-03T00:00:00Z",
    "lastNotBefore": "2026-06-07T18:00:00Z"
  }
]
`,
    );
    assert.equal(summaryJson([]), '[]\n');
  });

  it('prints a table with counts aligned right', () => {
    assert.equal(
      summaryText(rows),
      [
        'lint                                        count  first notBefore       last notBefore',
        `${CN_LINT}      4  2026-06-01T00:00:00Z  2026-07-01T00:00:00Z`,
        `${OU_LINT}          12  2026-06-03T00:00:00Z  2026-06-07T18:00:00Z`,
        '',
      ].join('\n'),
    );
    assert.equal(summaryText([]), 'no findings match\n');
    assert.equal(
      table([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
      'a    bb\nccc  d\n',
    );
  });
});
