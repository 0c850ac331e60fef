import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { children, encoded, parseDer } from '../../src/der/node.js';
import { encodePem } from '../../src/der/pem.js';
import { crl, leaf, name } from '../support/certs.js';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-'));

function vigil(args: string[], input?: Uint8Array) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(nameOf: string, content: string | Uint8Array): string {
  const path = join(dir, nameOf);
  writeFileSync(path, content);
  return path;
}

const good = file('good.pem', encodePem('CERTIFICATE', leaf()));
const bad = file('bad.der', leaf({ subject: name(['CN', 'not-in-san.example.com']) }));
const LINT = 'e_subject_common_name_not_exactly_from_san';

describe('vigil lint', () => {
  it('exits 0 on a good certificate and prints zlint JSON for one input', () => {
    const r = vigil(['lint', '--format', 'json', good]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepEqual(json[LINT], { result: 'pass' });
  });
  it('exits 1 with the finding on a bad DER certificate', () => {
    const r = vigil(['lint', bad]);
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      new RegExp(`error\\s+${LINT} commonName not in subjectAltName: not-in-san.example.com`),
    );
    assert.match(r.out, /\[BRs: 7\.1\.4\.3\]/);
  });
  it('prints one JSON line per object for several PEM blocks and a CRL', () => {
    const bundle = file('bundle.pem', encodePem('CERTIFICATE', leaf()) + encodePem('X509 CRL', crl()));
    const r = vigil(['lint', '--format', 'jsonl', bundle]);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => [l.index, l.type]),
      [
        [0, 'certificate'],
        [1, 'crl'],
      ],
    );
    assert.match(lines[0].sha256, /^[0-9a-f]{64}$/);
  });
  it('lints a tbsCertificate from standard input as the signed certificate would be', () => {
    const tbs = encoded(
      children(parseDer(leaf({ subject: name(['CN', 'x.example.org']) })))[0] as ReturnType<typeof parseDer>,
    );
    const r = vigil(['lint', '--tbs', '--format', 'json', '--include', LINT, '-'], tbs);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out)[LINT].result, 'error');
  });
  it('reports malformed input as fatal with the byte offset, and exits 1', () => {
    const r = vigil(['lint', '--format', 'json', file('broken.der', Uint8Array.of(0x30, 0x82, 0x01))]);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out).parse.result, 'fatal');
  });
  it('evaluates as of another date with --at and names the rules not yet in force', () => {
    const old = file(
      'old.pem',
      encodePem(
        'CERTIFICATE',
        leaf({
          notBefore: new Date('2020-01-01T00:00:00Z'),
          notAfter: new Date('2020-03-01T00:00:00Z'),
          subject: name(['CN', 'other.example.com']),
        }),
      ),
    );
    assert.equal(JSON.parse(vigil(['lint', '--format', 'json', old]).out)[LINT].result, 'NE');
    assert.equal(
      JSON.parse(vigil(['lint', '--format', 'json', '--at', '2026-01-01', old]).out)[LINT].result,
      'error',
    );
    assert.match(vigil(['lint', old]).out, new RegExp(`not yet in force on 2020-01-01: .*${LINT}`));
  });
  it('filters by name and source', () => {
    const only = JSON.parse(vigil(['lint', '--format', 'json', '--include', 'cabf_br', good]).out);
    assert.ok(Object.keys(only).length > 0);
    assert.ok(Object.keys(only).every((k) => !k.startsWith('e_cert_ext')));
    const without = JSON.parse(vigil(['lint', '--format', 'json', '--exclude', LINT, good]).out);
    assert.equal(without[LINT], undefined);
  });
  it('lists lints with their citations', () => {
    const r = vigil(['lint', '--list-lints']);
    assert.equal(r.code, 0);
    assert.match(r.out, new RegExp(`${LINT}\\tcabf_br\\tBRs: 7\\.1\\.4\\.3\\t2023-09-15`));
  });
  it('exits 2 on usage errors', () => {
    assert.equal(vigil(['lint']).code, 2);
    assert.equal(vigil(['lint', '--format', 'xml', good]).code, 2);
    assert.equal(vigil(['lint', '--include', 'no_such_lint', good]).code, 2);
    assert.equal(vigil(['lint', '--at', 'yesterday', good]).code, 2);
    assert.equal(vigil(['frobnicate']).code, 2);
  });
  it('exits 1 on a file that cannot be read or holds nothing to lint', () => {
    assert.equal(vigil(['lint', join(dir, 'missing.pem')]).code, 1);
    assert.equal(
      vigil([
        'lint',
        file('empty.pem', 'no pem here\n-----BEGIN PRIVATE KEY-----\nMAA=\n-----END PRIVATE KEY-----\n'),
      ]).code,
      1,
    );
  });
  it('walks directories', () => {
    const r = vigil(['lint', '--format', 'jsonl', '--include', LINT, dir]);
    assert.ok(r.out.trim().split('\n').length >= 3);
  });
});
