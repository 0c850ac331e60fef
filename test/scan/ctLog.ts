/**
 * Writes Certificate Transparency get-entries entries (RFC 6962 3.4, 4.6) from generated
 * certificates, byte for byte as a log serves them: the fixture in test/fixtures/ct is made with
 * these, and tests build damaged entries with them.
 */
import { createHash } from 'node:crypto';
import { concat } from '../../src/der/encode.js';
import { parseCertificate } from '../../src/x509/certificate.js';

/** An unsigned integer in `octets` big-endian octets. */
export function uint(octets: number, value: number): Uint8Array {
  const out = new Uint8Array(octets);
  for (let i = octets - 1; i >= 0; i--, value = Math.floor(value / 256)) out[i] = value % 256;
  return out;
}

/** A vector: its length in `octets` octets, then the bytes. */
export const vector = (octets: number, bytes: Uint8Array): Uint8Array =>
  concat([uint(octets, bytes.length), bytes]);

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const chainOf = (chain: readonly Uint8Array[]) => vector(3, concat(chain.map((c) => vector(3, c))));

function leafInput(timestamp: number, entryType: number, signedEntry: Uint8Array): Uint8Array {
  // version v1(0), leaf_type timestamped_entry(0), timestamp, entry_type, signed entry, no extensions
  return concat([Uint8Array.of(0, 0), uint(8, timestamp), uint(2, entryType), signedEntry, uint(2, 0)]);
}

export interface CtEntryJson {
  leaf_input: string;
  extra_data: string;
}

/** An x509_entry: the certificate in leaf_input, its chain in extra_data. */
export function x509Entry(cert: Uint8Array, chain: readonly Uint8Array[], timestamp: number): CtEntryJson {
  return { leaf_input: b64(leafInput(timestamp, 0, vector(3, cert))), extra_data: b64(chainOf(chain)) };
}

/**
 * A precert_entry: leaf_input holds the hash of the issuer's key and the TBSCertificate the log
 * signed (`finalTbs`: the precertificate's, poison removed); extra_data holds the precertificate as
 * submitted and its chain.
 */
export function precertEntry(
  precert: Uint8Array,
  finalTbs: Uint8Array,
  issuerSpki: Uint8Array,
  chain: readonly Uint8Array[],
  timestamp: number,
): CtEntryJson {
  const issuerKeyHash = new Uint8Array(createHash('sha256').update(issuerSpki).digest());
  return {
    leaf_input: b64(leafInput(timestamp, 1, concat([issuerKeyHash, vector(3, finalTbs)]))),
    extra_data: b64(concat([vector(3, precert), chainOf(chain)])),
  };
}

/** The tbsCertificate of a DER certificate. */
export function tbsOf(der: Uint8Array): Uint8Array {
  const parsed = parseCertificate(der);
  if (!parsed.ok) throw new Error(`not a certificate: ${parsed.reason}`);
  return parsed.value.tbsDer;
}
