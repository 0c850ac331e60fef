/**
 * A certificate problem report by plain e-mail, end to end: a real SMTP client
 * sends it to a running `vigil serve`, a case is opened, and the reporter's
 * acknowledgement (case number, certificates found, BR 4.9.5 due time)
 * reaches the outbound SMTP server; a reply naming the case joins it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { caseNumberInSubject } from '../../src/cpr/subject.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { type SmtpSink, startSmtpSink } from '../support/smtpSink.js';
import { caseNumberOf, reportedCertificate, sendMail, waitForMailTo } from './reporters.js';

/** The server's clock stands still: receipt and due times are exact. */
const RECEIVED = Date.parse('2026-03-02T09:00:00Z');

describe('CPR by e-mail (SMTP intake to acknowledgement)', () => {
  let sink: SmtpSink;
  let server: TestServer;

  before(async () => {
    sink = await startSmtpSink();
    server = await startTestServer({ relayPort: sink.port }, () => RECEIVED);
  });
  after(async () => {
    await server?.stop();
    await sink?.close();
  });

  const reporter = 'alice@researcher.example';
  const certificate = reportedCertificate();
  let caseNumber = '';

  it('opens a case and acknowledges it with the case number, the certificates and the due time', async () => {
    const response = await sendMail(server.smtpPort, {
      from: `Alice Researcher <${reporter}>`,
      subject: 'Misissued certificates',
      text:
        "Hello, I've found that you've misissued certificates such as https://crt.sh/?id=9876543210 " +
        'and the one below. Please revoke them.\n\n' +
        certificate.pem,
      headers: { 'Message-ID': '<report-1@researcher.example>' },
    });
    assert.match(response, /^250 /, 'the intake answers 250 once the message is stored');

    const ack = await waitForMailTo(sink, reporter);
    caseNumber = caseNumberOf(ack);
    assert.match(ack.text, new RegExp(`opened case ${caseNumber}`));
    assert.match(ack.text, new RegExp(`SHA-256 ${certificate.sha256}`), 'names the pasted certificate');
    assert.match(ack.text, /crt\.sh ID 9876543210/, 'names the crt.sh link');
    assert.match(ack.text, /by 2026-03-03 09:00 UTC, 24 hours after we received the report/);
    assert.equal(ack.headers.get('in-reply-to'), '<report-1@researcher.example>', 'threads under the report');

    const id = caseNumberInSubject(caseNumber);
    const kase = await server.store.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    assert.ok(kase, `case ${caseNumber} is in the database`);
    assert.equal(kase.reporter_email, reporter);
    assert.equal(kase.received_at, RECEIVED);
    const certificates = await server.store.db
      .selectFrom('case_certificates')
      .select(['kind', 'sha256', 'value'])
      .where('case_id', '=', id)
      .execute();
    assert.ok(
      certificates.some((c) => c.sha256 === certificate.sha256),
      `the case holds the pasted certificate: ${JSON.stringify(certificates)}`,
    );
  });

  it('threads a reply naming the case number onto the same case', async (t) => {
    if (caseNumber === '') return t.skip('the report was not acknowledged');
    const colleague = 'bob@researcher.example';
    const response = await sendMail(server.smtpPort, {
      from: colleague,
      subject: `Re: [${caseNumber}] Your certificate problem report`,
      text: 'One more detail: the private key was published in a public repository.',
    });
    assert.match(response, /^250 /);

    const ack = await waitForMailTo(sink, colleague);
    assert.equal(caseNumberOf(ack), caseNumber);
    assert.match(ack.text, new RegExp(`added it to case ${caseNumber}`));
    const id = caseNumberInSubject(caseNumber);
    const messages = await server.store.db
      .selectFrom('inbound_messages')
      .select(['case_id', 'from_address'])
      .orderBy('id')
      .execute();
    assert.deepEqual(messages, [
      { case_id: id, from_address: reporter },
      { case_id: id, from_address: colleague },
    ]);
    const cases = await server.store.db.selectFrom('cases').select('id').execute();
    assert.deepEqual(cases, [{ id }], 'no second case was opened');
  });
});
