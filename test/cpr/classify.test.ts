import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodePem } from '../../src/der/pem.js';
import {
  type Classification,
  classifyMessage,
  CPR_FEATURES,
  CPR_THRESHOLDS,
  type MessageToClassify,
} from '../../src/cpr/classify.js';
import { type Attachment, extractCertificateReferences } from '../../src/cpr/references.js';
import { leaf } from '../support/certs.js';
import { csr } from '../support/csr.js';

/** Classifies as intake will: references first, then the message with them. */
function classify(
  subject: string,
  body: string,
  extra: { attachments?: Attachment[]; autoSubmitted?: boolean } = {},
): Classification {
  const attachments = extra.attachments ?? [];
  const message: MessageToClassify = {
    subject,
    body,
    references: extractCertificateReferences(body, attachments).references,
    attachmentNames: attachments.map((a) => a.filename ?? ''),
    autoSubmitted: extra.autoSubmitted ?? false,
  };
  return classifyMessage(message);
}

const features = (c: Classification) => c.reasons.map((r) => r.feature).sort();

describe('CPRs as they arrive', () => {
  it('the seed wording is a CPR', () => {
    const c = classify('', "I've found that you've misissued certificates such as https://crt.sh/?q=…");
    assert.equal(c.verdict, 'cpr');
    assert.equal(c.problemType, 'misissuance');
    assert.deepEqual(features(c), ['crtsh_search', 'misissuance']);
  });
  it('a crt.sh link to a certificate on a phishing site is a misuse CPR', () => {
    const c = classify(
      'Certificate used for phishing',
      'Hello,\n\nthe certificate https://crt.sh/?id=11223344556 is served by a site impersonating ' +
        'a bank (paypa1-login.example). Please revoke it.\n\nRegards',
    );
    assert.equal(c.verdict, 'cpr');
    assert.equal(c.problemType, 'misuse');
    assert.deepEqual(features(c), ['crtsh_link', 'misuse', 'revocation']);
  });
  it('a PEM pasted in the body with a BR section is a misissuance CPR', () => {
    const body = [
      'The certificate below has a 400-day validity, which violates BR 6.3.2.',
      '',
      encodePem('CERTIFICATE', leaf()),
    ].join('\n');
    const c = classify('Non-compliant certificate', body);
    assert.equal(c.verdict, 'cpr');
    assert.equal(c.problemType, 'misissuance');
    assert.ok(features(c).includes('certificate_attached'));
    assert.ok(features(c).includes('br_section'));
  });
  it('a key-compromise report with a CSR is a key-compromise CPR', () => {
    const c = classify(
      'Key compromise',
      'The private key of the certificate with SHA-256 ' +
        `${'4f'.repeat(32)} was published in a public GitHub repository.\n` +
        'Attached is a CSR signed with that key as proof.',
      { attachments: [{ filename: 'proof.csr', content: csr({ key: 'p256' }) }] },
    );
    assert.equal(c.verdict, 'cpr');
    assert.equal(c.problemType, 'key_compromise');
    assert.deepEqual(features(c), [
      'certificate_file',
      'csr_attached',
      'fingerprint',
      'key_compromise',
      'private_key',
      'private_key_exposed',
    ]);
  });
  it('a lone mention of a private key is already possible', () => {
    const c = classify('question', 'Is my private key safe on this server?');
    assert.equal(c.verdict, 'possible');
    assert.equal(c.problemType, 'key_compromise');
  });
  it('a certificate with no words is possible, of no known kind', () => {
    const c = classify('', 'https://crt.sh/?id=5');
    assert.equal(c.verdict, 'possible');
    assert.equal(c.problemType, 'other');
  });
});

describe('messages that are not CPRs', () => {
  it('an out-of-office reply to our acknowledgement is not a CPR', () => {
    const c = classify(
      'Automatic reply: [CPR-000123] Your certificate problem report',
      'I am out of the office until 2 December with limited access to email.',
      { autoSubmitted: true },
    );
    assert.equal(c.verdict, 'not_cpr');
    assert.equal(c.problemType, null);
    assert.ok(features(c).includes('auto_submitted') && features(c).includes('out_of_office'));
  });
  it('an automatic reply that carries a certificate link is still possible', () => {
    const c = classify('Automatic reply', 'Out of office. Your message: https://crt.sh/?id=77', {
      autoSubmitted: true,
    });
    assert.equal(c.verdict, 'possible');
  });
  it('a renewal question is not a CPR', () => {
    const c = classify(
      'Renewal',
      'Hello, how do I renew my certificate for shop.example.com? It expires next week. ' +
        'Please send the invoice to accounts@example.com.',
    );
    assert.equal(c.verdict, 'not_cpr');
    assert.deepEqual(features(c), ['billing', 'sales_or_support']);
  });
  it('a newsletter about phishing is not a CPR', () => {
    const c = classify(
      'PKI news for November',
      'This month: phishing trends and what they mean for you.\n\n' +
        'View this email in your browser | Unsubscribe | Manage preferences',
    );
    assert.equal(c.verdict, 'not_cpr');
    assert.ok(c.score < CPR_THRESHOLDS.possible);
  });
  it('an unrelated message has no reasons at all', () => {
    const c = classify('Lunch on Friday?', 'Shall we meet at noon?');
    assert.deepEqual(c, { score: 0, verdict: 'not_cpr', problemType: null, reasons: [] });
  });
});

describe('scoring', () => {
  it('each reason carries its weight from the table and the words found', () => {
    const c = classify('', 'Please revoke it.');
    const table = CPR_FEATURES.find((f) => f.feature === 'revocation');
    assert.deepEqual(c.reasons, [
      { feature: 'revocation', weight: table?.weight, reason: table?.reason, evidence: 'Please revoke it.' },
    ]);
    assert.equal(c.score, table?.weight);
  });
  it('sums the weights into the score', () => {
    const c = classify('CPR', 'key compromise');
    assert.equal(
      c.score,
      c.reasons.reduce((s, r) => s + r.weight, 0),
    );
    assert.deepEqual(features(c), ['cpr_acronym', 'key_compromise']);
  });
  it('the table names each feature once, with a reason', () => {
    const names = CPR_FEATURES.map((f) => f.feature);
    assert.equal(new Set(names).size, names.length);
    assert.ok(CPR_FEATURES.every((f) => f.reason.length > 0));
  });
  it('reads look-alike and hidden characters as plain text (NFKC, format characters)', () => {
    const c = classify('', 'You have ｍｉｓｉｓｓｕｅｄ this; please re\u200Bvoke');
    assert.deepEqual(features(c), ['misissuance', 'revocation']);
  });
  it('reads phrases broken across lines', () => {
    assert.deepEqual(features(classify('', 'This is a key\ncompromise.')), ['key_compromise']);
  });
  it('does not read software versions as BR sections', () => {
    assert.deepEqual(features(classify('', 'Upgraded to nginx 1.25.3 and OpenSSL 3.0.13')), []);
    assert.deepEqual(features(classify('', 'see 4.9.1.1')), ['br_section']);
  });
  it('finishes fast on a hostile body', () => {
    const bodies = [
      'private key '.repeat(400_000),
      'leaked '.repeat(700_000),
      'invalid '.repeat(700_000),
      'certificate '.repeat(400_000),
      `section 1${'.1'.repeat(1_000_000)}`,
      ' '.repeat(5_000_000),
    ];
    for (const body of bodies) {
      const started = performance.now();
      classify('x', body);
      assert.ok(performance.now() - started < 3000, `took ${performance.now() - started} ms`);
    }
  });
});
