/** The public CPR form through the real app: multipart posts as a browser sends them, CSRF, limits, escaping. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { sha256Hex } from '../../src/cpr/fingerprint.js';
import { encodePem } from '../../src/der/pem.js';
import { leaf } from '../support/certs.js';
import { REPORT_FIELDS } from '../../src/web/views/reportForm.js';
import { csr } from '../support/csr.js';
import { Browser, type Desk, openDesk, T0 } from './desk.js';

interface FilePart {
  readonly filename: string;
  readonly content: Uint8Array | string;
  readonly type?: string;
}

/** A multipart/form-data body as a browser builds it, with an empty file input unless files are given. */
function multipart(fields: Record<string, string>, files: readonly FilePart[] = []) {
  const boundary = `----vigil${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const file of files.length > 0
    ? files
    : [{ filename: '', content: '', type: 'application/octet-stream' }]) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="evidence"; filename="${file.filename}"\r\n` +
          `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const VALID = {
  email: 'reporter@example.org',
  name: 'R. Porter',
  problem_type: 'misissuance',
  certificates: 'https://crt.sh/?id=1234567',
  description: 'This certificate was misissued: its CN is not in the SAN.',
  proof: '',
  proof_signature: '',
};

/** Markup with its layout whitespace taken out, so tests read what a browser shows, not how the source is indented. */
const flat = (body: string) =>
  body
    .replace(/\s+/g, ' ')
    .replace(/\s+(\/?>)/g, '$1')
    .replace(/>\s+/g, '>')
    .replace(/\s+</g, '<');

const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';

describe('the public report form', () => {
  let desk: Desk;
  let browser: Browser;
  let kicks = 0;
  const post = (fields: Record<string, string>, files: readonly FilePart[] = [], withCsrf = true) =>
    browser.request({
      method: 'POST',
      url: '/report',
      ...multipart(withCsrf ? { _csrf: browser.csrf, ...fields } : fields, files),
    });
  const count = async (table: 'inbound_messages' | 'cases') =>
    (await desk.store.db.selectFrom(table).select('id').execute()).length;

  beforeEach(async () => {
    desk = await openDesk({ VIGIL_FORM_MAX_BYTES: String(64 * 1024), VIGIL_FORM_RATE_PER_MINUTE: '3' });
    desk.now = T0;
    kicks = 0;
    Object.assign(desk.app.services, { kick: () => kicks++ });
    browser = new Browser(desk.app);
    await browser.get('/');
  });
  afterEach(() => desk.close());

  it('is a form that works without JavaScript, with a label for every field', async () => {
    const r = await browser.get('/');
    assert.equal(r.statusCode, 200);
    assert.match(flat(r.body), /<form method="post" action="\/report" enctype="multipart\/form-data"/);
    assert.match(flat(r.body), /<meta name="viewport" content="width=device-width, initial-scale=1"\/?>/);
    assert.doesNotMatch(flat(r.body), /<script/);
    assert.match(flat(r.body), /<input type="hidden" name="_csrf" value="[^"]+"\/?>/);
    const controls = [...flat(r.body).matchAll(/<(?:input|select|textarea) [^>]*?id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(controls, REPORT_FIELDS);
    for (const id of controls)
      assert.match(flat(r.body), new RegExp(`<label for="${id}">`), `label for ${id}`);
  });

  it('stores, files and acknowledges a report, then shows its case number and due time at an unguessable address', async () => {
    const r = await post(VALID);
    assert.equal(r.statusCode, 303);
    const location = String(r.headers.location);
    assert.match(location, /^\/report\/[A-Za-z0-9_-]{24}$/);
    assert.equal(kicks, 1);

    const [message] = await desk.store.db.selectFrom('inbound_messages').selectAll().execute();
    assert.equal(message?.channel, 'form');
    assert.equal(message?.state, 'processed');
    assert.equal(message?.remote_address, '127.0.0.1');
    const [kase] = await desk.store.db.selectFrom('cases').selectAll().execute();
    assert.equal(kase?.channel, 'form');
    assert.equal(kase?.problem_type, 'misissuance');
    assert.equal(kase?.reporter_email, 'reporter@example.org');
    assert.equal(kase?.received_at, T0);
    const [ack] = await desk.store.db.selectFrom('outbox').selectAll().execute();
    assert.equal(ack?.recipients, 'reporter@example.org');
    assert.equal(ack?.subject, '[CPR-000001] Your certificate problem report');

    const page = await browser.get(location);
    assert.equal(page.statusCode, 200);
    assert.match(flat(page.body), /case<strong>CPR-000001<\/strong>/);
    assert.match(flat(page.body), /due by<strong>2026-11-24 09:00 UTC<\/strong>/);
    assert.match(flat(page.body), /crt\.sh ID 1234567/);
    assert.equal(page.headers['x-robots-tag'], 'noindex');
    assert.equal((await browser.get('/report/AAAAAAAAAAAAAAAAAAAAAAAA')).statusCode, 404);
    assert.equal((await browser.get('/report/1')).statusCode, 404, 'case numbers do not open the page');
  });

  it('refuses a post without the CSRF token and stores nothing', async () => {
    const r = await post(VALID, [], false);
    assert.equal(r.statusCode, 403);
    assert.match(flat(r.body), /The form had expired/);
    assert.match(
      flat(r.body),
      /This certificate was misissued: its CN is not in the SAN\./,
      'the text is kept',
    );
    assert.equal(await count('inbound_messages'), 0);
  });

  it('names each bad field next to it, keeps the input, and stores nothing', async () => {
    const r = await post({ ...VALID, email: 'not an address', problem_type: 'bogus', description: '  ' });
    assert.equal(r.statusCode, 400);
    assert.match(
      flat(r.body),
      /<span class="error" id="email-error">Enter one e-mail address, like name@example\.org\.<\/span>/,
    );
    assert.match(
      flat(r.body),
      /id="email" name="email" value="not an address"[^>]*aria-describedby="email-hint email-error" aria-invalid="true"/,
    );
    assert.match(flat(r.body), /id="problem_type-error">Choose the kind of problem\./);
    assert.match(flat(r.body), /id="description-error">Describe the problem\./);
    assert.match(flat(r.body), /<a href="#email">Your e-mail address<\/a>/);
    assert.match(flat(r.body), /https:\/\/crt\.sh\/\?id=1234567<\/textarea>/);
    assert.doesNotMatch(flat(r.body), /id="name-error"/);
    assert.equal(await count('inbound_messages'), 0);
  });

  it('shows HTML and script in every field as text, and stores it as sent', async () => {
    const hostile = Object.fromEntries(Object.keys(VALID).map((k) => [k, HOSTILE]));
    const again = await post({ ...hostile, problem_type: 'other' });
    assert.equal(again.statusCode, 400);
    assert.doesNotMatch(flat(again.body), /<script>alert|<img src=x/);
    assert.match(
      flat(again.body),
      /&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;&gt;&lt;img src=x onerror=alert\(2\)&gt;/,
    );

    const r = await post({ ...VALID, name: HOSTILE, description: HOSTILE, certificates: HOSTILE });
    assert.equal(r.statusCode, 303);
    const [kase] = await desk.store.db.selectFrom('cases').selectAll().execute();
    assert.equal(kase?.reporter_name, HOSTILE);
    assert.match(kase?.body ?? '', /<script>alert\(1\)<\/script>/);
    const page = await browser.get(String(r.headers.location));
    assert.doesNotMatch(flat(page.body), /<script>alert|<img src=x/);
  });

  it('decodes an uploaded certificate and verifies a CSR proof, saying clearly when it does not verify', async () => {
    const cert = leaf();
    const ok = await post(
      {
        ...VALID,
        problem_type: 'key_compromise',
        certificates: '',
        proof: encodePem('CERTIFICATE REQUEST', csr()),
      },
      [{ filename: 'leaf.der', content: cert, type: 'application/pkix-cert' }],
    );
    assert.equal(ok.statusCode, 303);
    const verified = await browser.get(String(ok.headers.location));
    assert.match(flat(verified.body), new RegExp(`Certificate SHA-256 ${sha256Hex(cert)}`));
    assert.match(flat(verified.body), /subject &quot;CN=www\.example\.com&quot;/);
    assert.match(
      flat(verified.body),
      /Proof of key compromise \(CSR\):<strong class="state-ok">verified<\/strong>/,
    );

    await browser.get('/');
    const wrongKey = await post({
      ...VALID,
      problem_type: 'key_compromise',
      certificates: encodePem('CERTIFICATE', cert),
      proof: encodePem('CERTIFICATE REQUEST', csr({ key: 'p256' })),
    });
    const refused = await browser.get(String(wrongKey.headers.location));
    assert.match(
      flat(refused.body),
      /<strong class="state-overdue">not verified<\/strong>. The CSR is signed by its own key, but/,
    );
  });

  it('asks for a CSR or a signature when the proof is neither, and refuses files that are not certificates', async () => {
    const r = await post({ ...VALID, proof: 'I have the key, trust me.' }, [
      { filename: 'screenshot.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    ]);
    assert.equal(r.statusCode, 400);
    assert.match(flat(r.body), /id="proof-error">Paste a CSR/);
    assert.match(flat(r.body), /id="evidence-error">screenshot\.png is not a certificate or CSR/);
    assert.equal(await count('inbound_messages'), 0);
  });

  it('refuses an oversized report with a friendly 413 that keeps the text', async () => {
    const r = await post(VALID, [{ filename: 'big.pem', content: Buffer.alloc(70 * 1024, 0x41) }]);
    assert.equal(r.statusCode, 413);
    assert.match(
      flat(r.body),
      /id="evidence-error">The report is larger than 64 KiB, or has more than 5 files\./,
    );
    assert.match(flat(r.body), /This certificate was misissued/);
    assert.equal(await count('inbound_messages'), 0);
  });

  it('limits reports per address per minute with a friendly 429', async () => {
    for (let i = 0; i < 3; i++) {
      await browser.get('/');
      assert.equal((await post(VALID)).statusCode, 303);
    }
    await browser.get('/');
    const r = await post(VALID);
    assert.equal(r.statusCode, 429);
    assert.match(flat(r.body), /Too many reports/);
    assert.match(flat(r.body), /<a href="\/">send your report again<\/a>/);
    assert.ok(r.headers['retry-after']);
    assert.equal(await count('cases'), 3);
  });
});
