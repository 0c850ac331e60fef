import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { integer, oid, sequence } from '../../src/der/encode.js';
import { DerError } from '../../src/der/error.js';
import { children, parseDer } from '../../src/der/node.js';
import {
  integerToBigInt,
  readBitString,
  readBoolean,
  readInteger,
  readOid,
} from '../../src/der/primitives.js';
import { readTime } from '../../src/der/time.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

function rejects(input: Uint8Array, reason: RegExp, read: (b: Uint8Array) => unknown = parseDer): void {
  assert.throws(
    () => read(input),
    (e: unknown) => e instanceof DerError && reason.test(e.reason),
  );
}

describe('DER reader', () => {
  it('reads nested TLVs with offsets', () => {
    const root = parseDer(sequence(integer(5), oid('1.2.840.113549')));
    const [a, b] = children(root);
    assert.equal(a?.start, 2);
    assert.equal(readOid(b, 'oid'), '1.2.840.113549');
  });
  it('refuses indefinite lengths', () => rejects(bytes(0x30, 0x80, 0, 0), /indefinite/));
  it('refuses non-minimal long lengths', () => rejects(bytes(0x04, 0x81, 0x01, 0xaa), /long length form/));
  it('refuses leading zero length octets', () =>
    rejects(bytes(0x04, 0x82, 0x00, 0x01, 0xaa), /leading zero/));
  it('refuses lengths past the end', () => rejects(bytes(0x30, 0x05, 0x02, 0x01), /runs past/));
  it('refuses trailing data', () => rejects(bytes(0x05, 0x00, 0x00), /trailing/));
  it('refuses truncated high tag numbers', () => rejects(bytes(0x1f, 0x81), /truncated/));
  it('refuses high tag form for low numbers', () => rejects(bytes(0x1f, 0x05, 0x00), /high tag number form/));
  it('reads negative and large integers', () => {
    assert.equal(integerToBigInt(readInteger(parseDer(integer(-129n)), 'i')), -129n);
    assert.equal(integerToBigInt(readInteger(parseDer(integer(2n ** 159n)), 'i')), 2n ** 159n);
  });
  it('refuses non-minimal integers', () =>
    rejects(bytes(0x02, 0x02, 0x00, 0x01), /minimally/, (b) => readInteger(parseDer(b), 'i')));
  it('accepts only 0x00 and 0xFF booleans', () => {
    assert.equal(readBoolean(parseDer(bytes(0x01, 0x01, 0xff)), 'b'), true);
    rejects(bytes(0x01, 0x01, 0x01), /0xFF/, (b) => readBoolean(parseDer(b), 'b'));
  });
  it('decodes OIDs with large arcs and refuses padded arcs', () => {
    assert.equal(readOid(parseDer(oid('2.999.18446744073709551616')), 'o'), '2.999.18446744073709551616');
    rejects(bytes(0x06, 0x03, 0x2a, 0x80, 0x01), /minimally/, (b) => readOid(parseDer(b), 'o'));
  });
  it('refuses BIT STRING padding bits that are set', () =>
    rejects(bytes(0x03, 0x02, 0x01, 0x01), /padding/, (b) => readBitString(parseDer(b), 'bits')));
  it('reads UTCTime and GeneralizedTime in UTC', () => {
    const utc = readTime(parseDer(bytes(0x17, 13, ...Buffer.from('491231235959Z'))), 't');
    assert.equal(new Date(utc.ms).toISOString(), '2049-12-31T23:59:59.000Z');
    const gen = readTime(parseDer(bytes(0x18, 15, ...Buffer.from('20500101000000Z'))), 't');
    assert.equal(new Date(gen.ms).toISOString(), '2050-01-01T00:00:00.000Z');
    const offset = readTime(parseDer(Uint8Array.from([0x17, 15, ...Buffer.from('2001010000+0130')])), 't');
    assert.equal(new Date(offset.ms).toISOString(), '2019-12-31T22:30:00.000Z');
  });
  it('refuses impossible dates', () =>
    rejects(bytes(0x17, 13, ...Buffer.from('250230000000Z')), /impossible/, (b) =>
      readTime(parseDer(b), 't'),
    ));
});
