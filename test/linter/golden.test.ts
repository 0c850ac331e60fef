/**
 * Whole-lint-set tests in pkilint's golden style: each certificate comes with
 * the complete set of findings expected for it, so a new false positive (or a
 * lost true positive) in any lint fails here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type LintReport, lintCertificate, lintCrl, lintTbsCertificate } from '../../src/linter/index.js';
import { parseCertificate } from '../../src/x509/certificate.js';
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
  /** Findings of a report, asserting the ones the incident needs are among them. */
  const expectFindings = (report: LintReport, wanted: readonly string[]) => {
    const got = findings(report);
    for (const w of wanted) assert.ok(got.includes(w), `${w} not in:\n${got.join('\n')}`);
  };
  const izenpe = {
    subject: name(['C', 'ES'], ['O', 'Example SA'], ['CN', 'intranet.example.com']),
    serial: 0x1234n,
    ext: { [OID.subjectAltName]: ext.subjectAltName(['www.example.com', 'bad!label.example.com']) },
  };
  it('seed 003 (Izenpe): CN missing from the SAN, an invalid dNSName, a serial with too little entropy', () =>
    expectFindings(lintCertificate(ovLeaf(izenpe)), [
      'error e_subject_common_name_not_exactly_from_san',
      'error e_dnsname_bad_character_in_label',
      'notice n_serial_number_low_entropy',
    ]));
  it('seed 003 (Izenpe): the same defects are caught in the tbsCertificate, before signing', () => {
    const signed = parseCertificate(ovLeaf(izenpe));
    assert.equal(signed.ok, true);
    const report = lintTbsCertificate(signed.ok ? signed.value.tbsDer : new Uint8Array());
    assert.equal(report.type, 'tbsCertificate');
    expectFindings(report, ['error e_subject_common_name_not_exactly_from_san']);
  });
  it('seed 004 (Sectigo): placeholder text in subject address fields', () =>
    expectFindings(
      lintCertificate(
        ovLeaf({
          subject: name(
            ['C', 'GB'],
            ['ST', 'Some-State'],
            ['L', '-'],
            ['O', 'Example Ltd'],
            ['CN', 'www.example.com'],
          ),
        }),
      ),
      ['error e_subject_contains_placeholder_value'],
    ));
  const withoutCps = {
    notBefore: new Date('2024-03-01T00:00:00Z'),
    notAfter: new Date('2024-06-01T00:00:00Z'),
    ext: { [OID.certificatePolicies]: ext.certificatePolicies([OID.evGuidelines]) },
  };
  it('seed 002 (Entrust): an EV certificate without the CPS URI', () =>
    expectFindings(lintCertificate(evLeaf(withoutCps)), ['error e_ev_cps_uri_missing']));
  it('seed 002 (Entrust): the precertificate is linted as the certificate would be', () => {
    const report = lintCertificate(
      evLeaf({ ...withoutCps, ext: { ...withoutCps.ext, [OID.ctPoison]: ext.ctPoison() } }),
    );
    assert.equal(report.type, 'precertificate');
    expectFindings(report, ['error e_ev_cps_uri_missing']);
  });
  it('a good precertificate has no findings', () => {
    const report = lintCertificate(leaf({ ext: { [OID.ctPoison]: ext.ctPoison() } }));
    assert.equal(report.type, 'precertificate');
    assert.deepEqual(findings(report), []);
  });
});
