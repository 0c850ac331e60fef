import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AcknowledgementInput, buildAcknowledgement } from '../../src/cpr/acknowledgement.js';
import { cprDeadlines } from '../../src/rules/index.js';

const RECEIVED = Date.parse('2026-11-23T10:04:59Z');
const [due] = cprDeadlines({
  receivedAt: RECEIVED,
  preliminaryReportSentAt: null,
  revocation: null,
  revocationPublishedAt: null,
});

const input = (over: Partial<AcknowledgementInput> = {}): AcknowledgementInput => ({
  caseId: 123,
  caName: 'Example CA',
  to: 'amir@example.org',
  reporterName: 'Amir',
  receivedAt: RECEIVED,
  preliminaryReport: due ?? null,
  reply: false,
  dismissedBecause: null,
  understood: {
    problemType: 'misissuance',
    certificates: [
      {
        kind: 'pem',
        value: 'ab'.repeat(32),
        sha256: 'ab'.repeat(32),
        serial: '0a1b',
        subject: 'CN=www.example.com',
        issuer: 'CN=Example Issuing CA',
        errorLints: ['e_sub_cert_aia_missing', 'e_ext_san_missing'],
      },
      {
        kind: 'crtsh_id',
        value: '42',
        sha256: null,
        serial: null,
        subject: null,
        issuer: null,
        errorLints: null,
      },
    ],
    proofs: [{ method: 'csr', verified: false, reason: 'The CSR is not signed by its own key.' }],
    notes: [],
  },
  messageId: '<m1@example.org>',
  references: ['<m0@example.org>'],
  statusUrl: 'https://vigil.example/report/token',
  ...over,
});

describe('the acknowledgement', () => {
  it('names the case, what was understood and when the preliminary report is due', () => {
    const ack = buildAcknowledgement(input());
    assert.ok(ack);
    assert.equal(ack.to, 'amir@example.org');
    assert.equal(ack.subject, '[CPR-000123] Your certificate problem report');
    assert.deepEqual(ack.headers, {
      'Auto-Submitted': 'auto-replied',
      'In-Reply-To': '<m1@example.org>',
      References: '<m0@example.org> <m1@example.org>',
    });
    assert.match(
      ack.text,
      /^Hello Amir,\n\nWe received your message of 2026-11-23 10:04 UTC and opened case CPR-000123/,
    );
    assert.match(ack.text, /- Problem type: Mis-issuance\n/);
    assert.match(
      ack.text,
      /serial 0a1b, subject "CN=www\.example\.com", issuer "CN=Example Issuing CA": our linter found 2 errors \(e_sub_cert_aia_missing, e_ext_san_missing\)/,
    );
    assert.match(ack.text, /- crt\.sh ID 42 \(https:\/\/crt\.sh\/\?id=42\)/);
    assert.match(
      ack.text,
      /Proof of key compromise \(CSR\): NOT verified\. The CSR is not signed by its own key\./,
    );
    assert.match(
      ack.text,
      /Under BR 4\.9\.5 .* by 2026-11-24 10:04 UTC, 24 hours after we received the report\./s,
    );
    assert.match(
      ack.text,
      /keep "\[CPR-000123\]" in the subject\.\nYour report: https:\/\/vigil\.example\/report\/token/,
    );
  });

  it('speaks of a reply as added to its case, and of a dismissed message without a deadline', () => {
    const reply = buildAcknowledgement(input({ reply: true, reporterName: null, statusUrl: null }));
    assert.match(
      reply?.text ?? '',
      /^Hello,\n\nWe received your message of .* and added it to case CPR-000123\./,
    );
    assert.doesNotMatch(reply?.text ?? '', /Your report:/);
    const dismissed = buildAcknowledgement(
      input({ preliminaryReport: null, dismissedBecause: 'is about an invoice, payment or refund' }),
    );
    assert.match(
      dismissed?.text ?? '',
      /did not recognise it as a certificate problem report \(is about an invoice/,
    );
    assert.doesNotMatch(dismissed?.text ?? '', /preliminary report/);
  });

  it('sends nothing to an unsafe address and drops malformed thread headers', () => {
    assert.equal(buildAcknowledgement(input({ to: 'a@example.org, b@example.org' })), null);
    assert.equal(buildAcknowledgement(input({ to: 'a@example.org\r\nBcc: b@example.org' })), null);
    const ack = buildAcknowledgement(input({ messageId: '<m1@example.org>\r\nBcc: v@evil.example' }));
    assert.deepEqual(ack?.headers, { 'Auto-Submitted': 'auto-replied' });
    const name = buildAcknowledgement(input({ reporterName: 'Eve\r\nBcc: v@evil.example' }));
    assert.match(name?.text ?? '', /^Hello Eve Bcc: v@evil\.example,\n/);
  });
});
