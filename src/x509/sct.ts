/**
 * The embedded Signed Certificate Timestamp list of RFC 6962 3.3: the
 * extension's value is an OCTET STRING holding a TLS-encoded
 * SignedCertificateTimestampList:
 *
 *   opaque SerializedSCT<1..2^16-1>;
 *   struct { SerializedSCT sct_list<1..2^16-1>; } SignedCertificateTimestampList;
 *
 * and each SerializedSCT is a SignedCertificateTimestamp (RFC 6962 3.2):
 *
 *   struct {
 *     Version sct_version;                 -- 1 octet, v1(0)
 *     LogID id;                            -- 32 octets, SHA-256 of the log's key
 *     uint64 timestamp;                    -- milliseconds since the epoch
 *     CtExtensions extensions;             -- opaque<0..2^16-1>
 *     digitally-signed struct { ... };     -- hash(1) signature(1) opaque<0..2^16-1>
 *   } SignedCertificateTimestamp;
 */
import { contents, parseDer, Tag, UNIVERSAL } from '../der/node.js';

export interface SignedCertificateTimestamp {
  readonly version: number;
  /** 32 octets identifying the log. */
  readonly logId: Uint8Array;
  /** Milliseconds since the epoch (uint64, kept exact). */
  readonly timestamp: bigint;
  readonly extensions: Uint8Array;
  readonly hashAlgorithm: number;
  readonly signatureAlgorithm: number;
  readonly signature: Uint8Array;
}

export type SctListResult =
  | { readonly ok: true; readonly scts: readonly SignedCertificateTimestamp[] }
  | { readonly ok: false; readonly reason: string };

/** A cursor over TLS presentation-language data; every read checks the bound. */
class Reader {
  pos = 0;
  constructor(
    readonly buf: Uint8Array,
    readonly end: number = buf.length,
  ) {}
  remaining(): number {
    return this.end - this.pos;
  }
  u8(): number | undefined {
    if (this.pos + 1 > this.end) return undefined;
    return this.buf[this.pos++];
  }
  u16(): number | undefined {
    if (this.pos + 2 > this.end) return undefined;
    const v = ((this.buf[this.pos] as number) << 8) | (this.buf[this.pos + 1] as number);
    this.pos += 2;
    return v;
  }
  bytes(n: number): Uint8Array | undefined {
    if (this.pos + n > this.end) return undefined;
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  /** opaque<0..2^16-1>: a 2-octet length then that many octets. */
  vector16(): Uint8Array | undefined {
    const n = this.u16();
    return n === undefined ? undefined : this.bytes(n);
  }
}

function decodeSct(data: Uint8Array): SignedCertificateTimestamp | string {
  const r = new Reader(data);
  const version = r.u8();
  if (version === undefined) return 'empty SCT';
  if (version !== 0) return `unsupported SCT version ${version}`;
  const logId = r.bytes(32);
  const ts = r.bytes(8);
  const extensions = r.vector16();
  const hashAlgorithm = r.u8();
  const signatureAlgorithm = r.u8();
  const signature = r.vector16();
  if (
    logId === undefined ||
    ts === undefined ||
    extensions === undefined ||
    hashAlgorithm === undefined ||
    signatureAlgorithm === undefined ||
    signature === undefined
  ) {
    return 'truncated SCT';
  }
  if (r.remaining() !== 0) return 'trailing data after SCT';
  let timestamp = 0n;
  for (const b of ts) timestamp = (timestamp << 8n) | BigInt(b);
  return { version, logId, timestamp, extensions, hashAlgorithm, signatureAlgorithm, signature };
}

/** Decodes the TLS-encoded list (the OCTET STRING's contents). */
export function decodeSctListBytes(data: Uint8Array): SctListResult {
  const outer = new Reader(data);
  const list = outer.vector16();
  if (list === undefined) return { ok: false, reason: 'truncated SCT list' };
  if (outer.remaining() !== 0) return { ok: false, reason: 'trailing data after SCT list' };
  const r = new Reader(list);
  const scts: SignedCertificateTimestamp[] = [];
  while (r.remaining() > 0) {
    const serialized = r.vector16();
    if (serialized === undefined) return { ok: false, reason: 'truncated SerializedSCT' };
    const sct = decodeSct(serialized);
    if (typeof sct === 'string') return { ok: false, reason: sct };
    scts.push(sct);
  }
  return { ok: true, scts };
}

/**
 * Decodes the value of the SCT list extension (1.3.6.1.4.1.11129.2.4.2),
 * i.e. the extnValue contents, which must be one DER OCTET STRING.
 * Never throws: malformed input is reported as { ok: false }.
 */
export function decodeSctList(extensionValue: Uint8Array): SctListResult {
  try {
    const node = parseDer(extensionValue);
    if (node.cls !== UNIVERSAL || node.tag !== Tag.OCTET_STRING || node.constructed) {
      return { ok: false, reason: 'SCT list extension value is not an OCTET STRING' };
    }
    return decodeSctListBytes(contents(node));
  } catch (e) {
    return { ok: false, reason: `SCT list extension value is not DER: ${(e as Error).message}` };
  }
}

/** Hex of a log ID, for grouping SCTs by log. */
export function logIdHex(sct: SignedCertificateTimestamp): string {
  return Buffer.from(sct.logId).toString('hex');
}
