/** From stored message to case and acknowledgement, on SQLite and PostgreSQL. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { LEASE_MS, processClaimed, processPending, processStored } from '../../src/cpr/intake.js';
import { encodeFormSubmission, type FormSubmission } from '../../src/cpr/formSubmission.js';
import { sha256Hex } from '../../src/cpr/fingerprint.js';
import { storeInbound } from '../../src/cpr/inbound.js';
import { encodePem } from '../../src/der/pem.js';
import { audit } from '../../src/store/audit.js';
import { claimRows } from '../../src/store/claim.js';
import type { Store } from '../../src/store/database.js';
import type { SendMailOptions } from 'nodemailer';
import { leaf } from '../support/certs.js';
import { csr } from '../support/csr.js';
import { at, compose, DIALECTS, testConfig, type TestStore } from './support.js';

const NOW = at('2026-11-23T10:00:00Z');
const MINUTE = 60_000;
const SEED_002 =
  "Hello,\n\nI've found that you've misissued certificates such as: " +
  'https://crt.sh/?q=a6745632c7400c8b9ab84e6b6ec7c560fdec36534ffdc664b311d5f917af72ab\n\n' +
  'Per the BR rules for EVs. This is similar to the following incident: ' +
  'https://bugzilla.mozilla.org/show_bug.cgi?id=1883843\n';

async function receive(store: Store, raw: Uint8Array, now: number, envelopeFrom = 'amir@example.org') {
  return storeInbound(
    store,
    { channel: 'smtp', raw, envelopeFrom, envelopeTo: 'cpr@vigil.test', remoteAddress: '127.0.0.1' },
    now,
  );
}

const seedMessage = () =>
  compose({
    from: 'Amir <amir@example.org>',
    to: 'support@vigil.test',
    subject: 'Certificates',
    text: SEED_002,
    messageId: '<report-1@example.org>',
  });

for (const dialect of DIALECTS) {
  describe(`intake on ${dialect.name}`, () => {
    let t: TestStore;
    const config = testConfig();
    const ctx = () => ({ store: t.store, config, worker: 'worker-1' });
    const cases = () => t.store.db.selectFrom('cases').selectAll().orderBy('id').execute();
    const outbox = () => t.store.db.selectFrom('outbox').selectAll().orderBy('id').execute();
    const certificates = (caseId: number) =>
      t.store.db
        .selectFrom('case_certificates')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('id')
        .execute();
    const auditActions = async () =>
      (
        await t.store.db
          .selectFrom('audit_log')
          .select(['action', 'actor_type', 'details'])
          .orderBy('id')
          .execute()
      ).map((a) => `${a.actor_type}:${a.action}`);

    /** Receives a message, composed to the intake address or as raw octets, and runs intake at `now`. */
    const file = async (mail: SendMailOptions | Buffer, now = NOW) => {
      const id = await receive(
        t.store,
        Buffer.isBuffer(mail) ? mail : await compose({ to: 'cpr@vigil.test', ...mail }),
        now,
      );
      await processPending(ctx(), now);
      return id;
    };

    beforeEach(async () => {
      t = await dialect.open();
    });
    afterEach(async () => {
      await t.close();
    });

    it('opens a suspected case for the seed-002 message and queues its acknowledgement', async () => {
      const id = await receive(t.store, await seedMessage(), NOW);
      assert.equal(await processPending(ctx(), NOW + 1000), 1);

      const [kase, ...more] = await cases();
      assert.equal(more.length, 0);
      assert.ok(kase);
      assert.equal(kase.received_at, NOW, 'the clock starts at receipt, not at processing');
      assert.equal(kase.verdict, 'cpr');
      assert.equal(kase.triage, 'suspected');
      assert.equal(kase.status, 'open');
      assert.equal(kase.problem_type, 'misissuance');
      assert.equal(kase.reporter_email, 'amir@example.org');
      assert.equal(kase.reporter_name, 'Amir');
      assert.match(kase.body, /misissued certificates/);
      assert.match(kase.public_token ?? '', /^[A-Za-z0-9_-]{24}$/);
      const reasons = JSON.parse(kase.classification).reasons.map((r: { feature: string }) => r.feature);
      assert.ok(reasons.includes('misissuance') && reasons.includes('fingerprint'), reasons.join());

      const certs = await certificates(kase.id);
      assert.deepEqual(
        certs.map((c) => [c.kind, c.value, c.sha256]),
        [
          [
            'sha256',
            'a6745632c7400c8b9ab84e6b6ec7c560fdec36534ffdc664b311d5f917af72ab',
            'a6745632c7400c8b9ab84e6b6ec7c560fdec36534ffdc664b311d5f917af72ab',
          ],
        ],
      );
      const inbound = await t.store.db
        .selectFrom('inbound_messages')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(inbound.state, 'processed');
      assert.equal(inbound.case_id, kase.id);
      assert.equal(inbound.message_id, '<report-1@example.org>');
      assert.equal(inbound.from_address, 'amir@example.org');

      const [ack, ...others] = await outbox();
      assert.equal(others.length, 0);
      assert.ok(ack);
      assert.equal(ack.dedupe_key, `ack:inbound:${id}`);
      assert.equal(ack.recipients, 'amir@example.org');
      assert.equal(ack.case_id, kase.id);
      assert.equal(ack.subject, '[CPR-000001] Your certificate problem report');
      assert.match(ack.body, /opened case CPR-000001/);
      assert.match(ack.body, /a6745632c7400c8b9ab84e6b6ec7c560fdec36534ffdc664b311d5f917af72ab/);
      assert.match(ack.body, /by 2026-11-24 10:00 UTC/);
      assert.match(ack.body, /BR 4\.9\.5/);
      assert.match(ack.body, /keep "\[CPR-000001\]" in the subject/);
      assert.match(ack.body, new RegExp(`http://vigil\\.test/report/${kase.public_token}`));
      assert.deepEqual(JSON.parse(ack.extra), {
        'Auto-Submitted': 'auto-replied',
        'In-Reply-To': '<report-1@example.org>',
        References: '<report-1@example.org>',
      });
      assert.deepEqual(await auditActions(), [
        'reporter:case.opened',
        'system:case.evidence_added',
        'system:case.acknowledgement_queued',
      ]);
    });

    it('decodes and lints an attached certificate and verifies an attached CSR as proof of key compromise', async () => {
      const cert = leaf();
      await file({
        from: 'reporter@example.org',
        subject: 'Leaked key',
        text: 'The private key of the attached certificate was published on a paste site.',
        attachments: [
          { filename: 'leaf.pem', content: encodePem('CERTIFICATE', cert) },
          { filename: 'proof.csr', content: encodePem('CERTIFICATE REQUEST', csr()) },
          {
            filename: 'garbage.pem',
            content: encodePem('CERTIFICATE', new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01])),
          },
        ],
      });
      const [kase] = await cases();
      assert.ok(kase);
      assert.equal(kase.problem_type, 'key_compromise');
      const [pem, garbage, ...rest] = await certificates(kase.id);
      assert.equal(rest.length, 0);
      assert.ok(pem && garbage);
      assert.equal(pem.kind, 'pem');
      assert.equal(pem.sha256, sha256Hex(cert));
      assert.equal(pem.source, 'leaf.pem');
      assert.equal(pem.subject, 'CN=www.example.com');
      assert.equal(pem.issuer, 'C=US, O=Vigil Test PKI, CN=Vigil Test Issuing CA R1');
      assert.match(pem.serial ?? '', /^[0-9a-f]+$/);
      assert.equal(pem.not_before, Date.parse('2026-06-01T00:00:00Z'));
      assert.deepEqual(Buffer.from(pem.der ?? []), Buffer.from(cert));
      assert.equal(typeof JSON.parse(pem.lint_results ?? 'null'), 'object');
      assert.equal(pem.lint_errors, 0);
      assert.equal(garbage.subject, null);
      assert.equal(garbage.lint_errors, 1);
      assert.equal(JSON.parse(garbage.lint_results ?? '{}').parse.status, 'fatal');

      const evidence = await t.store.db.selectFrom('case_evidence').selectAll().execute();
      assert.equal(evidence.length, 1);
      assert.equal(evidence[0]?.method, 'csr');
      assert.equal(evidence[0]?.verified, 1);
      assert.deepEqual(JSON.parse(evidence[0]?.details ?? '{}').matches, [sha256Hex(cert)]);

      const [ack] = await outbox();
      assert.match(ack?.body ?? '', /subject "CN=www\.example\.com"/);
      assert.match(ack?.body ?? '', /our linter found no errors/);
      assert.match(ack?.body ?? '', /does not decode/);
      assert.match(ack?.body ?? '', /Proof of key compromise \(CSR\): verified/);
    });

    it('threads a reply by the case number in its subject, acknowledging at most once per interval', async () => {
      await file(await seedMessage());
      const reply = (text: string, id: string) =>
        compose({
          from: 'Amir <amir@example.org>',
          to: 'cpr@vigil.test',
          subject: 'Re: [CPR-000001] Your certificate problem report',
          text,
          messageId: id,
          inReplyTo: '<vigil.outbox.1@vigil.test>',
          references: ['<report-1@example.org>', '<vigil.outbox.1@vigil.test>'],
        });
      const second = await file(
        await reply('Another one: https://crt.sh/?id=12345', '<r2@example.org>'),
        NOW + MINUTE,
      );
      const third = await file(
        await reply('And https://crt.sh/?id=67890', '<r3@example.org>'),
        NOW + 11 * MINUTE,
      );

      assert.equal((await cases()).length, 1);
      const threaded = await t.store.db
        .selectFrom('inbound_messages')
        .select(['id', 'case_id'])
        .orderBy('id')
        .execute();
      assert.deepEqual(
        threaded.map((m) => m.case_id),
        [1, 1, 1],
      );
      assert.deepEqual(
        (await certificates(1)).map((c) => `${c.kind}:${c.value}`),
        [
          'sha256:a6745632c7400c8b9ab84e6b6ec7c560fdec36534ffdc664b311d5f917af72ab',
          'crtsh_id:12345',
          'crtsh_id:67890',
        ],
      );
      const acks = await outbox();
      assert.deepEqual(
        acks.map((a) => a.dedupe_key),
        ['ack:inbound:1', `ack:inbound:${third}`],
        `the reply at +1 min (${second}) is not acknowledged again`,
      );
      assert.match(acks[1]?.body ?? '', /added it to case CPR-000001/);
      assert.match(acks[1]?.body ?? '', /crt\.sh ID 67890/);
      assert.doesNotMatch(acks[1]?.body ?? '', /a6745632/, 'speaks of the reply, not the whole case');
      assert.match(acks[1]?.body ?? '', /by 2026-11-24 10:00 UTC/, 'the case clock, from the first receipt');
      assert.equal(JSON.parse(acks[1]?.extra ?? '{}')['In-Reply-To'], '<r3@example.org>');
      const skipped = await t.store.db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'case.acknowledgement_skipped')
        .execute();
      assert.equal(skipped.length, 1);
      assert.match(skipped[0]?.details ?? '', /acknowledged on this case a short while ago/);
    });

    it('files an auto-reply and a bounce without acknowledging them', async () => {
      const autoReply = await compose({
        from: 'someone@example.org',
        to: 'cpr@vigil.test',
        subject: 'Out of office',
        text: 'I am out of the office until Monday.',
        headers: { 'Auto-Submitted': 'auto-replied' },
      });
      const bounce = await compose({
        from: 'MAILER-DAEMON@mx.example.org',
        to: 'cpr@vigil.test',
        subject: 'Undelivered Mail Returned to Sender',
        text: 'Your certificate problem report acknowledgement could not be delivered.',
      });
      await receive(t.store, autoReply, NOW);
      await receive(t.store, bounce, NOW, '');
      assert.equal(await processPending(ctx(), NOW), 2);
      const [reply, dsn] = await cases();
      assert.equal(reply?.triage, 'dismissed');
      assert.equal(reply?.status, 'open', 'open, so that a person can confirm it');
      assert.match(reply?.triage_note ?? '', /Dismissed by the classifier/);
      assert.ok(dsn, 'a bounce is still filed');
      assert.deepEqual(await outbox(), []);
      const reasons = await t.store.db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'case.acknowledgement_skipped')
        .orderBy('id')
        .execute();
      assert.match(reasons[0]?.details ?? '', /Auto-Submitted: auto-replied/);
      assert.match(reasons[1]?.details ?? '', /null sender/);
    });

    it('does not acknowledge mail from its own addresses or system mailboxes', async () => {
      for (const from of ['cpr@vigil.test', 'CPR@vigil.test', 'postmaster@example.org'])
        await receive(
          t.store,
          await compose({
            from,
            to: 'cpr@vigil.test',
            subject: 'Misissued certificate',
            text: 'A misissued certificate.',
          }),
          NOW,
        );
      assert.equal(await processPending(ctx(), NOW), 3);
      assert.deepEqual(await outbox(), []);
      assert.equal((await cases()).length, 3);
    });

    it('makes a case of malformed MIME from whatever text can be read', async () => {
      const broken = [
        'From: r1@example.org\r\nSubject: broken parts\r\nContent-Type: multipart/mixed; boundary="XYZ"\r\n\r\n' +
          '--XYZ\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!! not base64 ***\r\n' +
          '--XYZ\r\nContent-Type: application/pkix-cert\r\nContent-Transfer-Encoding: base64\r\n\r\nMIIB====\r\n',
        'From: r2@example.org\r\nSubject: odd charset\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\n' +
          'This certificate was misissued: https://crt.sh/?id=424242\r\n',
        '\u0000\u0001\u0002 not a message at all \u0000 misissued \u00ff\u00fe',
        'From: r4@example.org\r\nSubject: deep\r\n' +
          Array.from(
            { length: 200 },
            (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`,
          ).join('') +
          'Content-Type: text/plain\r\n\r\nmisissued\r\n',
        'Subject: =?utf-8?B?invalid?= =?x-bad?Q?=ZZ?=\r\nFrom: <<<>>>\r\nContent-Type: text/html\r\n\r\n<b>mis<i>issued</b>' +
          '<'.repeat(5000),
      ];
      for (const raw of broken) await receive(t.store, Buffer.from(raw, 'latin1'), NOW);
      assert.equal(await processPending(ctx(), NOW), broken.length);
      const inbound = await t.store.db
        .selectFrom('inbound_messages')
        .select(['state', 'case_id', 'error'])
        .execute();
      assert.deepEqual(
        inbound.map((m) => [m.state, m.case_id !== null, m.error]),
        broken.map(() => ['processed', true, null]),
      );
      const [, charset, garbage] = await cases();
      assert.match(garbage?.body ?? '', /not a message at all/, 'kept as text, NUL bytes and all');
      assert.match(charset?.body ?? '', /misissued/);
      assert.deepEqual(
        (await certificates(charset?.id ?? 0)).map((c) => c.value),
        ['424242'],
      );
    });

    it('keeps CR/LF in a subject, name or address out of every acknowledgement header', async () => {
      const b64 = (s: string) => Buffer.from(s).toString('base64');
      const raw =
        `From: =?utf-8?B?${b64('Eve\r\nBcc: victim@evil.example')}?= <eve@example.org>\r\n` +
        `To: cpr@vigil.test\r\n` +
        `Subject: =?utf-8?B?${b64('Misissued\r\nBcc: victim@evil.example')}?=\r\n` +
        `Message-ID: <m1@example.org>\r\n` +
        `References: <a@example.org>\r\n =?utf-8?B?${b64('\r\nBcc: victim@evil.example')}?=\r\n` +
        'Content-Type: text/plain\r\n\r\nThis certificate was misissued.\r\n';
      await file(Buffer.from(raw));
      await file({
        from: '"victim@evil.example, other"@example.org',
        subject: 'Misissued',
        text: 'A misissued certificate.',
      });

      const [kase] = await cases();
      assert.doesNotMatch(kase?.subject ?? '', /[\r\n]/);
      assert.doesNotMatch(kase?.reporter_name ?? '', /[\r\n]/);
      const acks = await outbox();
      assert.equal(acks.length, 1, 'no acknowledgement to an address that is not one plain mailbox');
      const [ack] = acks;
      assert.equal(ack?.recipients, 'eve@example.org');
      assert.equal(ack?.subject, '[CPR-000001] Your certificate problem report');
      const headers = JSON.parse(ack?.extra ?? '{}') as Record<string, string>;
      for (const [name, value] of Object.entries(headers))
        assert.doesNotMatch(`${name}: ${value}`, /[\r\n]|bcc/i);
      assert.deepEqual(Object.keys(headers).sort(), ['Auto-Submitted', 'In-Reply-To', 'References']);
      assert.match(headers.References ?? '', /^<a@example\.org> .*<m1@example\.org>$/);
    });

    it('files a message once when its first worker lost the lease, and processing again does nothing', async () => {
      const id = await receive(t.store, await seedMessage(), NOW);
      const ready = { now: NOW, leaseMs: LEASE_MS, limit: 10 };
      const [held] = await claimRows(t.store, 'inbound_messages', {
        ...ready,
        worker: 'crashed',
        ready: (eb) => eb.and([eb('state', '=', 'received')]),
      });
      assert.equal(held?.id, id);
      assert.equal(await processPending(ctx(), NOW + 1000), 0, 'leased to the other worker');
      assert.equal(await processPending(ctx(), NOW + LEASE_MS + 1), 1, 'taken over after the lease');
      assert.equal(await processClaimed({ ...ctx(), worker: 'crashed' }, held, NOW + LEASE_MS + 2), null);
      assert.equal(await processPending(ctx(), NOW + 2 * LEASE_MS), 0);
      assert.equal((await cases()).length, 1);
      assert.equal((await outbox()).length, 1);
      assert.equal(
        (await t.store.db.selectFrom('case_certificates').select('id').execute()).length,
        1,
        'no duplicate certificates either',
      );
    });

    it('dismisses a message with no sign of a CPR, acknowledges it, and reopens it on a reply that is one', async () => {
      await file({
        from: 'buyer@example.org',
        subject: 'Invoice',
        text: 'Hello, could you send us the invoice for order 1234?',
      });
      let [kase] = await cases();
      assert.equal(kase?.verdict, 'not_cpr');
      assert.equal(kase?.triage, 'dismissed');
      assert.equal(kase?.status, 'open');
      assert.match(kase?.triage_note ?? '', /invoice/);
      const [ack] = await outbox();
      assert.match(ack?.body ?? '', /did not recognise it as a certificate problem report/);
      assert.doesNotMatch(ack?.body ?? '', /preliminary report/);

      await file(
        {
          from: 'buyer@example.org',
          subject: 'Re: [CPR-000001] Your certificate problem report',
          text: 'Also, this certificate was misissued: https://crt.sh/?id=5',
        },
        NOW + 20 * MINUTE,
      );
      [kase] = await cases();
      assert.equal(kase?.triage, 'suspected');
      assert.equal(kase?.received_at, NOW, 'the clock still counts from the first message');
      assert.ok((await auditActions()).includes('system:case.reopened'));
      assert.match((await outbox())[1]?.body ?? '', /by 2026-11-24 10:00 UTC/);
    });

    it('leaves a case a person dismissed as it is when a reply comes', async () => {
      await file(await seedMessage());
      await t.store.db
        .updateTable('cases')
        .set({ triage: 'dismissed', triage_note: 'a test message' })
        .execute();
      await audit(t.store.db, {
        actor: { type: 'user', id: null, label: 'staff@ca.example' },
        action: 'case.dismiss',
        at: NOW + MINUTE,
        subject: { type: 'case', id: 1 },
      });
      await file(
        {
          from: 'amir@example.org',
          subject: 'Re: [CPR-000001] Your certificate problem report',
          text: 'This certificate was misissued, please revoke it.',
        },
        NOW + 20 * MINUTE,
      );
      const [kase] = await cases();
      assert.equal(kase?.triage, 'dismissed');
      assert.equal(kase?.triage_note, 'a test message');
      assert.doesNotMatch((await outbox())[1]?.body ?? '', /preliminary report/, 'no clock runs for it');
    });

    it('files a form submission in the same way, with the chosen problem type and the proofs given', async () => {
      const cert = leaf();
      const form: FormSubmission = {
        email: 'reporter@example.org',
        name: 'R. Porter',
        problemType: 'key_compromise',
        certificates: encodePem('CERTIFICATE', cert),
        description: 'Please look at this.',
        proof: encodePem('CERTIFICATE REQUEST', csr({ key: 'p256' })),
        proofSignature: '',
        files: [],
      };
      const id = await storeInbound(
        t.store,
        {
          channel: 'form',
          raw: encodeFormSubmission(form),
          envelopeFrom: null,
          envelopeTo: null,
          remoteAddress: '127.0.0.1',
        },
        NOW,
        { worker: 'form', leaseMs: LEASE_MS },
      );
      assert.equal(await processPending(ctx(), NOW), 0, 'held by the form request');
      const filed = await processStored({ ...ctx(), worker: 'form' }, id, NOW);
      assert.ok(filed);
      assert.equal(filed.created, true);
      const [kase] = await cases();
      assert.equal(kase?.channel, 'form');
      assert.equal(kase?.problem_type, 'key_compromise');
      assert.equal(kase?.triage, 'suspected');
      assert.equal(filed.publicToken, kase?.public_token);
      assert.equal(JSON.parse(kase?.classification ?? '{}').chosenProblemType, 'key_compromise');
      assert.deepEqual(
        filed.understood.proofs.map((p) => p.verified),
        [false],
        "a CSR for another key proves nothing about this certificate's key",
      );
      assert.match(filed.understood.proofs[0]?.reason ?? '', /none of the 1 referenced certificates/);
      const [ack] = await outbox();
      assert.equal(ack?.recipients, 'reporter@example.org');
      assert.match(ack?.body ?? '', /Hello R\. Porter,/);
      assert.match(ack?.body ?? '', /NOT verified/);
    });
  });
}
