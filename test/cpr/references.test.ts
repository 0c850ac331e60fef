import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { encodePem } from '../../src/der/pem.js';
import {
  type Attachment,
  extractCertificateReferences,
  MAX_REFERENCES,
  type Reference,
} from '../../src/cpr/references.js';
import { leaf } from '../support/certs.js';
import { csr } from '../support/csr.js';

const sha256 = (der: Uint8Array) => createHash('sha256').update(der).digest('hex');
const FP = 'a3'.repeat(16) + '5c'.repeat(16);

/** kind, value, source and issuer only: the DER is checked where it matters. */
function refs(body: string, attachments?: Attachment[]): object[] {
  return extractCertificateReferences(body, attachments).references.map((r: Reference) => {
    const { kind, value, source } = r;
    return r.kind === 'serial_issuer' && r.issuer !== undefined
      ? { kind, value, source, issuer: r.issuer }
      : { kind, value, source };
  });
}

const only = (body: string) => refs(body).map((r) => (r as { value: string }).value);

describe('certificates and CSRs', () => {
  it('takes a CERTIFICATE PEM block from the body, with its DER and SHA-256', () => {
    const der = leaf();
    const [ref] = extractCertificateReferences(
      `Please revoke:\n\n${encodePem('CERTIFICATE', der)}\nThanks`,
    ).references;
    assert.equal(ref?.kind, 'pem');
    assert.equal(ref.value, sha256(der));
    assert.deepEqual(ref.kind === 'pem' ? ref.der : undefined, der);
    assert.equal(ref.source, 'body');
  });
  it('reads a PEM block quoted in a reply', () => {
    const der = leaf();
    const quoted = encodePem('CERTIFICATE', der)
      .split('\n')
      .map((l) => `> > ${l}`)
      .join('\n');
    assert.deepEqual(only(`On Monday, someone wrote:\n${quoted}`), [sha256(der)]);
  });
  it('keeps a CERTIFICATE REQUEST block as a csr', () => {
    const der = csr({ key: 'p256' });
    assert.deepEqual(refs(encodePem('CERTIFICATE REQUEST', der)), [
      { kind: 'csr', value: sha256(der), source: 'body' },
    ]);
  });
  it('takes DER certificates and CSRs from attachments by content, naming the file', () => {
    const cert = leaf();
    const request = csr();
    assert.deepEqual(
      refs('see attached', [
        { filename: 'bad.cer', contentType: 'application/pkix-cert', content: cert },
        { filename: 'proof.der', content: request },
        { filename: 'photo.jpg', content: Uint8Array.from([0xff, 0xd8, 0x00, 0x30]) },
      ]),
      [
        { kind: 'der', value: sha256(cert), source: 'bad.cer' },
        { kind: 'csr', value: sha256(request), source: 'proof.der' },
      ],
    );
  });
  it('reads PEM and text references in text attachments, and names unnamed attachments', () => {
    const cert = leaf();
    const pemFile = new Uint8Array(Buffer.from(encodePem('CERTIFICATE', cert)));
    const list = new Uint8Array(Buffer.from(`affected:\n${FP}\n`));
    assert.deepEqual(
      refs('', [
        { filename: 'cert.pem', content: pemFile },
        { content: list, contentType: 'text/plain' },
      ]),
      [
        { kind: 'pem', value: sha256(cert), source: 'cert.pem' },
        { kind: 'sha256', value: FP, source: 'attachment 2' },
      ],
    );
  });
  it('drops a fingerprint of a certificate already pasted, and repeats of anything', () => {
    const der = leaf();
    const body = `${encodePem('CERTIFICATE', der)}\nSHA-256: ${sha256(der).toUpperCase()}\n${FP} and again ${FP}`;
    assert.deepEqual(only(body), [sha256(der), FP]);
  });
  it('reports a damaged PEM block', () => {
    const r = extractCertificateReferences('-----BEGIN CERTIFICATE-----\nMA*=\n-----END CERTIFICATE-----\n');
    assert.deepEqual(r.references, []);
    assert.deepEqual(
      r.problems.map((p) => [p.source, p.line]),
      [['body', 1]],
    );
  });
});

describe('SHA-256 fingerprints', () => {
  it('normalises upper-case hex', () => assert.deepEqual(only(`fp ${FP.toUpperCase()}.`), [FP]));
  it('reads colon- and space-separated byte pairs', () => {
    const colons = FP.toUpperCase().match(/../g)?.join(':');
    const spaces = FP.match(/../g)?.join(' ');
    assert.deepEqual(only(`SHA256 Fingerprint=${colons}`), [FP]);
    assert.deepEqual(only(`Fingerprint:\n${spaces}\nIssued by`), [FP]);
  });
  it('does not take 64 digits out of a longer hex run', () => {
    assert.deepEqual(only(`sha512 ${FP}${FP}`), []);
    assert.deepEqual(only(`x ${FP}0`), []);
    assert.deepEqual(only(`x 0${FP}`), []);
  });
  it('does not take 32 pairs out of a longer separated run (a key or signature dump)', () => {
    const pairs = FP.match(/../g) ?? [];
    assert.deepEqual(only(`Modulus: 00:${pairs.join(':')}`), []);
    assert.deepEqual(only(`${pairs.join(':')}:ff is the start`), []);
    assert.deepEqual(only(`ab cd ${pairs.join(' ')}`), []);
    assert.deepEqual(only(`two fingerprints run together: ${pairs.join(':')}:${pairs.join(':')}`), []);
  });
  it('does not take a 40-digit SHA-1', () => assert.deepEqual(only(`sha1 ${'ab'.repeat(20)}`), []));
});

describe('crt.sh links', () => {
  const cases: [string, object[]][] = [
    ['https://crt.sh/?id=123456789', [{ kind: 'crtsh_id', value: '123456789', source: 'body' }]],
    ['crt.sh/?id=42&opt=ocsp,zlint', [{ kind: 'crtsh_id', value: '42', source: 'body' }]],
    ['<https://crt.sh/987>', [{ kind: 'crtsh_id', value: '987', source: 'body' }]],
    ['(see https://crt.sh/?ID=55).', [{ kind: 'crtsh_id', value: '55', source: 'body' }]],
    ['https://crt.sh/?q=7788', [{ kind: 'crtsh_id', value: '7788', source: 'body' }]],
    [`https://crt.sh/?sha256=${FP.toUpperCase()}`, [{ kind: 'sha256', value: FP, source: 'body' }]],
    [`https://crt.sh/?q=${FP}`, [{ kind: 'sha256', value: FP, source: 'body' }]],
    ['https://crt.sh/?serial=00FA0B', [{ kind: 'serial_issuer', value: 'fa0b', source: 'body' }]],
    ['https://crt.sh/?serial=1000', [{ kind: 'serial_issuer', value: '1000', source: 'body' }]],
    ['https://crt.sh/?q=%25.example.com', [{ kind: 'crtsh_query', value: '%.example.com', source: 'body' }]],
    ['crt.sh/?Identity=shop.example', [{ kind: 'crtsh_query', value: 'shop.example', source: 'body' }]],
    ['https://crt.sh/?caid=1', []],
    ['https://notcrt.sh/?id=1', []],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(refs(`link: ${text}`), expected));
});

describe('serial numbers', () => {
  it('reads OpenSSL text output with the issuer from its line', () => {
    const text = [
      'Certificate:',
      '    Data:',
      '        Version: 3 (0x2)',
      '        Serial Number:',
      '            0a:1b:2c:3d:4e:5f:60:71:82:93',
      '        Signature Algorithm: sha256WithRSAEncryption',
      '        Issuer: C = US, O = Example CA, CN = Example Issuing CA 1',
    ].join('\n');
    assert.deepEqual(refs(text), [
      {
        kind: 'serial_issuer',
        value: '0a1b2c3d4e5f60718293',
        source: 'body',
        issuer: 'C = US, O = Example CA, CN = Example Issuing CA 1',
      },
    ]);
  });
  it('reads 0x, decimal and bare hex forms', () => {
    assert.deepEqual(only('Serial: 0x0A1B'), ['0a1b']);
    assert.deepEqual(only('Serial Number: 4096 (0x1000)'), ['1000']);
    assert.deepEqual(only('serial number is 7f3e0c2a9b'), ['7f3e0c2a9b']);
    assert.deepEqual(only('Serial #: 00:ff:01'), ['ff01']);
  });
  it('does not read words as serials', () => {
    assert.deepEqual(only('the serial number is a mystery; serial numbers differ; serialNumber=1234'), []);
  });
  it('leaves out an issuer that is too far away', () => {
    const text = `Issuer: CN = Far Away CA\n${'filler text. '.repeat(60)}\nSerial: 0x77`;
    assert.deepEqual(refs(text), [{ kind: 'serial_issuer', value: '77', source: 'body' }]);
  });
});

describe('bounded work on hostile input', () => {
  it(`keeps at most ${MAX_REFERENCES} references and says so`, () => {
    const many = Array.from({ length: 1500 }, (_, i) => i.toString(16).padStart(64, 'a')).join('\n');
    const r = extractCertificateReferences(many);
    assert.equal(r.references.length, MAX_REFERENCES);
    assert.equal(r.truncated, true);
    assert.equal(extractCertificateReferences(FP).truncated, false);
  });
  const hostile: [string, string][] = [
    ['a long hex run', 'ab'.repeat(1_000_000)],
    ['a long colon-separated run', 'ab:'.repeat(700_000)],
    ['a long space-separated run', 'ab '.repeat(700_000)],
    ['repeated serial labels', 'serial number: '.repeat(100_000)],
    ['serial labels and whitespace', `serial${' '.repeat(1_000_000)}`],
    ['repeated crt.sh links', 'crt.sh/?q='.repeat(200_000)],
    ['repeated issuer lines', 'Issuer: x\nSerial: 1\n'.repeat(100_000)],
    ['a PEM block that never ends', `-----BEGIN CERTIFICATE-----\n${'QUFB\n'.repeat(400_000)}`],
  ];
  for (const [what, text] of hostile) {
    it(`finishes fast on ${what}`, () => {
      const started = performance.now();
      extractCertificateReferences(text, [{ content: new Uint8Array(Buffer.from(text)) }]);
      assert.ok(performance.now() - started < 3000, `took ${performance.now() - started} ms`);
    });
  }
});
