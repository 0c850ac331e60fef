/**
 * Whole-lint-set tests in pkilint's golden style: each certificate comes with
 * the complete set of findings expected for it, so a new false positive (or a
 * lost true positive) in any lint fails here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type LintReport, lintCertificate, lintCrl } from '../../src/linter/index.js';
import { OID } from '../../src/x509/oids.js';
import { crl, ext, leaf, name, root, subCA } from '../support/certs.js';
import { evLeaf, ovLeaf } from '../support/profiles.js';

/** Every finding at notice level or above, as 'status lint'. */
function findings(report: LintReport): string[] {
  assert.equal(report.fatal, undefined, report.fatal?.reason);
  return Object.entries(report.results)
    .filter(
      ([, r]) => r.status === 'notice' || r.status === 'warn' || r.status === 'error' || r.status === 'fatal',
    )
    .map(([n, r]) => `${r.status} ${n}`)
    .sort();
}

const GOOD: Record<string, () => LintReport> = {
  'DV leaf, RSA 2048': () => lintCertificate(leaf()),
  'DV leaf, P-256': () => lintCertificate(leaf({ key: 'p256' })),
  'DV leaf, P-384 signed by P-384': () => lintCertificate(leaf({ key: 'p384', signer: 'p384' })),
  'OV leaf': () => lintCertificate(ovLeaf()),
  'EV leaf': () => lintCertificate(evLeaf()),
  'subordinate CA': () => lintCertificate(subCA()),
  'root CA': () => lintCertificate(root()),
  CRL: () => lintCrl(crl()),
};

/** The builders' leaves carry no SCTs, which the CT policy lint notes (and only notes). */
const EXPECTED: Record<string, readonly string[]> = {
  'DV leaf, RSA 2048': ['notice w_ct_sct_policy_count_unsatisfied'],
  'DV leaf, P-256': ['notice w_ct_sct_policy_count_unsatisfied'],
  'DV leaf, P-384 signed by P-384': ['notice w_ct_sct_policy_count_unsatisfied'],
  'OV leaf': ['notice w_ct_sct_policy_count_unsatisfied'],
  'EV leaf': ['notice w_ct_sct_policy_count_unsatisfied'],
};

describe('golden: good certificates have no findings but the expected notices', () => {
  for (const [label, lint] of Object.entries(GOOD)) {
    it(label, () => assert.deepEqual(findings(lint()), EXPECTED[label] ?? []));
  }
});

describe('golden: the seed incidents are caught', () => {
  it('seed 003 (Izenpe): CN missing from the SAN, short serial', () => {
    const report = lintCertificate(
      ovLeaf({
        subject: name(['C', 'ES'], ['O', 'Example SA'], ['CN', 'intranet.example.com']),
        serial: 0x1234n,
      }),
    );
    const got = findings(report);
    assert.ok(got.includes('error e_subject_common_name_not_exactly_from_san'), got.join('\n'));
  });
  it('seed 002 (Entrust): precertificate lints as the certificate would', () => {
    const report = lintCertificate(leaf({ ext: { [OID.ctPoison]: ext.ctPoison() } }));
    assert.equal(report.type, 'precertificate');
    assert.deepEqual(findings(report), []);
  });
});
