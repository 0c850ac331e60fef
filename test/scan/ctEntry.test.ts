/** RFC 6962 entries: both types decoded to the object to lint; every malformation a reason. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCtEntry } from '../../src/scan/ctEntry.js';
import { OID } from '../../src/x509/oids.js';
import { ext, leaf, subCA } from '../support/certs.js';
import { precertEntry, tbsOf, uint, vector, x509Entry } from './ctLog.js';

const cert = leaf({ key: 'p256', signer: 'p256' });
const precert = leaf({ key: 'p256', signer: 'p256', ext: { [OID.ctPoison]: ext.ctPoison() } });
const issuer = subCA();
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

describe('CT get-entries entry', () => {
  it('gives the certificate of an x509_entry and the precertificate of a precert_entry', () => {
    assert.deepEqual(readCtEntry(x509Entry(cert, [issuer], 1_700_000_000_123)), {
      ok: true,
      type: 'x509_entry',
      timestamp: 1_700_000_000_123,
      der: cert,
    });
    const entry = precertEntry(precert, tbsOf(cert), new Uint8Array(91), [issuer], 5);
    assert.deepEqual(readCtEntry(entry), { ok: true, type: 'precert_entry', timestamp: 5, der: precert });
    const noChain = precertEntry(precert, tbsOf(cert), new Uint8Array(91), [], 5);
    assert.equal(readCtEntry(noChain).ok, true);
  });
  it('names what is wrong with a malformed entry', () => {
    const good = x509Entry(cert, [], 1);
    const leafInput = bytes(good.leaf_input);
    const reason = (entry: unknown) => {
      const r = readCtEntry(entry);
      return r.ok ? 'ok' : r.reason;
    };
    assert.equal(
      reason({ ...good, leaf_input: b64(Uint8Array.of(1, ...leafInput.subarray(1))) }),
      'leaf_input: version 1, leaf_type 0 (expected v1 timestamped_entry)',
    );
    assert.equal(
      reason({ ...good, leaf_input: b64(leafInput.subarray(0, -2)) }),
      `leaf_input: truncated extensions length (needs 2 octets at byte ${leafInput.length - 2})`,
    );
    assert.equal(
      reason({ ...good, leaf_input: b64(Uint8Array.of(...leafInput, 0)) }),
      'leaf_input: 1 octets after the last field',
    );
    assert.equal(
      reason({ ...good, extra_data: b64(vector(3, uint(2, 9))) }),
      'certificate_chain: truncated ASN.1Cert length (needs 3 octets at byte 0)',
    );
    assert.equal(reason({ ...good, extra_data: 'AAA==' }), 'extra_data: not base64');
    assert.equal(reason(null), 'leaf_input: not base64');
    const precertGood = precertEntry(precert, tbsOf(cert), new Uint8Array(91), [], 5);
    assert.match(
      reason({ ...precertGood, extra_data: b64(vector(3, precert)) }),
      /^extra_data: truncated precertificate_chain length/,
    );
  });
});
