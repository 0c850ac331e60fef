import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readMail } from '../../src/cpr/mail.js';
import { compose } from './support.js';

const raw = (text: string) => Buffer.from(text, 'latin1');

describe('reading mail', () => {
  it('reads sender, subject, text, thread and attachments as nodemailer writes them', async () => {
    const message = await readMail(
      await compose({
        from: 'Amir <amir@example.org>',
        to: 'cpr@ca.example',
        subject: 'Re: [CPR-000001] more',
        text: 'See the attached certificate.',
        messageId: '<m2@example.org>',
        inReplyTo: '<m1@example.org>',
        references: ['<m0@example.org>', '<m1@example.org>'],
        attachments: [{ filename: 'leaf.pem', content: '-----BEGIN CERTIFICATE-----\n' }],
      }),
      'amir@example.org',
    );
    assert.equal(message.subject, 'Re: [CPR-000001] more');
    assert.equal(message.text.trim(), 'See the attached certificate.');
    assert.deepEqual(message.from, { address: 'amir@example.org', name: 'Amir' });
    assert.equal(message.messageId, '<m2@example.org>');
    assert.deepEqual(message.references, ['<m0@example.org>', '<m1@example.org>']);
    assert.deepEqual(
      message.attachments.map((a) => a.filename),
      ['leaf.pem'],
    );
    assert.equal(message.automatic, null);
    assert.equal(message.autoSubmitted, false);
  });

  it('reads an HTML-only message as text', async () => {
    const message = await readMail(
      await compose({
        from: 'a@example.org',
        subject: 'x',
        html: '<p>This was <b>misissued</b>: https://crt.sh/?id=7</p>',
      }),
      null,
    );
    assert.match(message.text, /This was misissued: https:\/\/crt\.sh\/\?id=7/i);
  });

  it('knows machines by Auto-Submitted, Precedence, a null sender or a delivery report', async () => {
    const reason = async (headers: string, envelopeFrom: string | null = 'a@example.org') =>
      (await readMail(raw(`From: a@example.org\r\nSubject: x\r\n${headers}\r\nhello\r\n`), envelopeFrom))
        .automatic;
    assert.equal(await reason('Auto-Submitted: auto-replied\r\n'), 'Auto-Submitted: auto-replied');
    assert.equal(await reason('Auto-Submitted: no\r\n'), null);
    assert.equal(await reason('Precedence: bulk\r\n'), 'Precedence: bulk');
    assert.equal(await reason('X-Autoreply: yes\r\n'), 'X-Autoreply');
    assert.equal(await reason('', ''), 'null sender (a bounce)');
    assert.equal(
      await reason('Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n'),
      'delivery or disposition report',
    );
    assert.equal(await reason(''), null);
  });

  it('unfolds encoded line breaks in subject and name into one line', async () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const message = await readMail(
      raw(
        `From: =?utf-8?B?${b64('Eve\r\nBcc: v@evil.example')}?= <eve@example.org>\r\n` +
          `Subject: =?utf-8?B?${b64('Hi\r\nBcc: v@evil.example')}?=\r\n\r\nbody\r\n`,
      ),
      null,
    );
    assert.equal(message.subject, 'Hi Bcc: v@evil.example');
    assert.equal(message.from.name, 'Eve Bcc: v@evil.example');
    assert.equal(message.from.address, 'eve@example.org');
  });

  it('reads whatever it can of a message that is not MIME at all', async () => {
    const message = await readMail(raw('\u0000\u0001 garbage \u00ff misissued'), null);
    assert.match(message.text, /misissued/);
    assert.equal(message.from.address, null);
  });
});
