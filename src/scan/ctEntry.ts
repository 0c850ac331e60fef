/**
 * One entry of a Certificate Transparency log's get-entries answer (RFC 6962 4.6), reduced to the
 * DER to lint. leaf_input is a MerkleTreeLeaf (3.4):
 *
 *   version(1) = v1(0), leaf_type(1) = timestamped_entry(0), timestamp(8), entry_type(2),
 *   x509_entry(0):    ASN.1Cert <1..2^24-1>
 *   precert_entry(1): issuer_key_hash[32], TBSCertificate <1..2^24-1>
 *   then CtExtensions <0..2^16-1>.
 *
 * extra_data is, for an x509_entry, the chain (ASN.1Cert certificate_chain<0..2^24-1>); for a
 * precert_entry, a PrecertChainEntry whose first field is the pre_certificate as submitted. The
 * leaf of a precert_entry holds only the TBSCertificate rewritten by the log (poison removed,
 * issuer possibly replaced), so the precertificate itself, from extra_data, is what is linted.
 */

export type CtEntryType = 'x509_entry' | 'precert_entry';

export type CtEntry =
  | { readonly ok: true; readonly type: CtEntryType; readonly timestamp: number; readonly der: Uint8Array }
  | { readonly ok: false; readonly reason: string };

class Truncated extends Error {}

/** Reads TLS presentation-language fields; running past the end throws with the offset. */
class Cursor {
  private pos = 0;
  constructor(
    private readonly buf: Uint8Array,
    private readonly what: string,
  ) {}

  uint(octets: number, field: string): number {
    let v = 0;
    for (const b of this.take(octets, field)) v = v * 256 + b;
    return v;
  }

  take(n: number, field: string): Uint8Array {
    if (this.pos + n > this.buf.length)
      throw new Truncated(`${this.what}: truncated ${field} (needs ${n} octets at byte ${this.pos})`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** A vector with a length prefix of `octets` octets. */
  vector(octets: number, field: string): Uint8Array {
    return this.take(this.uint(octets, `${field} length`), field);
  }

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  end(): void {
    if (this.pos !== this.buf.length)
      throw new Truncated(`${this.what}: ${this.buf.length - this.pos} octets after the last field`);
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function base64(value: unknown, field: string): Uint8Array {
  if (typeof value !== 'string' || !BASE64.test(value) || value.length % 4 !== 0)
    throw new Truncated(`${field}: not base64`);
  return new Uint8Array(Buffer.from(value, 'base64'));
}

/** Decodes one `{leaf_input, extra_data}` object; anything malformed is a reason, never an exception. */
export function readCtEntry(entry: unknown): CtEntry {
  try {
    const { leaf_input, extra_data } = (entry ?? {}) as Record<string, unknown>;
    const leaf = new Cursor(base64(leaf_input, 'leaf_input'), 'leaf_input');
    const extra = new Cursor(base64(extra_data, 'extra_data'), 'extra_data');
    const version = leaf.uint(1, 'version');
    const leafType = leaf.uint(1, 'leaf_type');
    if (version !== 0 || leafType !== 0)
      return {
        ok: false,
        reason: `leaf_input: version ${version}, leaf_type ${leafType} (expected v1 timestamped_entry)`,
      };
    const timestamp = leaf.uint(8, 'timestamp');
    const entryType = leaf.uint(2, 'entry_type');
    if (entryType === 0) {
      const der = leaf.vector(3, 'ASN.1Cert');
      leaf.vector(2, 'extensions');
      leaf.end();
      readChain(new Cursor(extra.vector(3, 'certificate_chain'), 'certificate_chain'));
      extra.end();
      return { ok: true, type: 'x509_entry', timestamp, der };
    }
    if (entryType === 1) {
      leaf.take(32, 'issuer_key_hash');
      leaf.vector(3, 'TBSCertificate');
      leaf.vector(2, 'extensions');
      leaf.end();
      const der = extra.vector(3, 'pre_certificate');
      readChain(new Cursor(extra.vector(3, 'precertificate_chain'), 'precertificate_chain'));
      extra.end();
      return { ok: true, type: 'precert_entry', timestamp, der };
    }
    return { ok: false, reason: `leaf_input: unknown entry_type ${entryType}` };
  } catch (e) {
    if (e instanceof Truncated) return { ok: false, reason: e.message };
    throw e;
  }
}

/** The chain is not linted, but a malformed one makes the entry malformed. */
function readChain(chain: Cursor): void {
  while (chain.remaining > 0) chain.vector(3, 'ASN.1Cert');
}
