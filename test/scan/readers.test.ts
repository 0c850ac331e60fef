/** The streaming readers give the same objects however the input is cut into chunks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodePem } from '../../src/der/pem.js';
import { JsonArrayReader, type JsonItem } from '../../src/scan/jsonEntries.js';
import { PemSplitter, type SourceItem } from '../../src/scan/pemSplitter.js';

/** The text cut at every position into two chunks, and into chunks of 1 to 7 characters. */
function* cuts(text: string): Generator<string[]> {
  for (let i = 0; i <= text.length; i++) yield [text.slice(0, i), text.slice(i)];
  for (let size = 1; size <= 7; size++) yield text.match(new RegExp(`[^]{1,${size}}`, 'g')) ?? [];
}

function readJson(chunks: string[]): JsonItem[] {
  const reader = new JsonArrayReader('entries');
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
}

function readPem(chunks: string[]): SourceItem[] {
  const splitter = new PemSplitter();
  return [...chunks.flatMap((c) => splitter.push(c)), ...splitter.end()];
}

describe('JSON entries reader', () => {
  it('yields each element of the entries array, whatever the chunks', () => {
    const text =
      '{"other": {"entries": [1]}, "s": "x\\"]}[", "entries" : [ {"a": "b\\\\", "c": [1, {"d": "]"}]} ,\n{"e": 2}, "str,]"], "after": []}';
    const expected = [{ value: { a: 'b\\', c: [1, { d: ']' }] } }, { value: { e: 2 } }, { value: 'str,]' }];
    for (const chunks of cuts(text)) assert.deepEqual(readJson(chunks), expected, JSON.stringify(chunks));
  });
  it('reports a missing array, an unclosed one, empty and malformed elements', () => {
    assert.deepEqual(readJson(['{"entriez": []}']), [{ problem: 'no "entries" array' }]);
    assert.deepEqual(readJson(['{"entries": []}']), []);
    const truncated = readJson(['{"entries": [{"a": 1}, {"b": ']);
    assert.deepEqual(truncated, [
      { value: { a: 1 } },
      { problem: 'truncated JSON: the entries array is not closed' },
    ]);
    const items = readJson(['{"entries": [{"a": 1},, {"b" 2}, ]}']);
    assert.equal(items.length, 4);
    assert.deepEqual(items[0], { value: { a: 1 } });
    assert.deepEqual(items[1], { problem: 'empty element in entries' });
    assert.match((items[2] as { problem: string }).problem, /^entry is not JSON: /);
    assert.deepEqual(items[3], { problem: 'empty element in entries' });
  });
});

describe('PEM splitter', () => {
  const a = Uint8Array.of(0x30, 1, 2, 3);
  const b = Uint8Array.of(0x30, 9, 9);
  it('yields certificate blocks and problems in file order, whatever the chunks', () => {
    const text = [
      'subject=CN = text before, as OpenSSL prints it\n',
      encodePem('CERTIFICATE', a),
      encodePem('PRIVATE KEY', b),
      '-----BEGIN CERTIFICATE-----\nA!!A\n-----END CERTIFICATE-----\n',
      encodePem('X509 CRL', b).replace(/\n/g, '\r\n'),
      encodePem('TRUSTED CERTIFICATE', b),
    ].join('');
    const expected = [{ der: a }, { problem: 'PEM line 8: invalid base64 in CERTIFICATE block' }, { der: b }];
    for (const chunks of cuts(text)) assert.deepEqual(readPem(chunks), expected, JSON.stringify(chunks));
  });
  it('reports a block without END with its line', () => {
    assert.deepEqual(readPem([`x\n${encodePem('CERTIFICATE', a)}-----BEGIN CERTIFICATE-----\nMIIB\n`]), [
      { der: a },
      { problem: 'PEM line 5: BEGIN CERTIFICATE without END' },
    ]);
  });
  it('keeps little of long text between blocks', () => {
    const splitter = new PemSplitter();
    for (let i = 0; i < 1000; i++) splitter.push(`${'x'.repeat(1000)}\n`);
    splitter.push(encodePem('CERTIFICATE', a));
    assert.deepEqual(splitter.end(), []);
    assert.equal(
      (splitter as unknown as { text: string }).text.length,
      0,
      'text between blocks is not kept once read',
    );
  });
});
