import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  encodeFormSubmission,
  type FormSubmission,
  readFormSubmission,
} from '../../src/cpr/formSubmission.js';

const FORM: FormSubmission = {
  email: 'r@example.org',
  name: '',
  problemType: 'key_compromise',
  certificates: 'https://crt.sh/?id=1',
  description: 'The key leaked.',
  proof: '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n',
  proofSignature: '',
  files: [{ filename: 'a.der', contentType: 'application/pkix-cert', content: new Uint8Array([0x30, 0x00]) }],
};

describe('a stored form submission', () => {
  it('reads back as a report: fields as text, files and a CSR proof as attachments', () => {
    const m = readFormSubmission(encodeFormSubmission(FORM));
    assert.equal(m.subject, 'Web form: Key compromise');
    assert.equal(m.text, 'The key leaked.\n\nCertificates:\nhttps://crt.sh/?id=1');
    assert.deepEqual(m.from, { address: 'r@example.org', name: null });
    assert.deepEqual(
      m.attachments.map((a) => [a.filename, [...a.content].length]),
      [
        ['a.der', 2],
        ['proof', FORM.proof.length],
      ],
    );
    assert.deepEqual(m.form, { problemType: 'key_compromise' });
  });

  it('keeps a signed statement as a statement proof', () => {
    const m = readFormSubmission(
      encodeFormSubmission({ ...FORM, proof: 'I hold the key.', proofSignature: 'c2ln' }),
    );
    assert.deepEqual(m.form?.statement, { text: 'I hold the key.', signature: 'c2ln' });
    assert.match(m.text, /Signed statement:\nI hold the key\./);
    assert.equal(m.attachments.length, 1);
  });

  it('keeps what it cannot read as text for a person', () => {
    const m = readFormSubmission(new Uint8Array(Buffer.from('{"email": 1}')));
    assert.equal(m.text, '{"email": 1}');
    assert.equal(m.form, undefined);
    assert.equal(m.problems.length, 1);
  });
});
