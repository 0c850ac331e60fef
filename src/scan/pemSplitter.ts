/**
 * The certificates of a PEM bundle, taken from text chunks as they arrive: the text is cut after
 * the last END line seen and that piece decoded, so a bundle of any size is read in bounded memory
 * and with exactly the results of decoding it whole (after any END line a PEM reader is outside
 * every block). Blocks of other kinds (keys, CRLs) are not objects of a scan.
 */
import { decodePem } from '../der/pem.js';

export type SourceItem = { readonly der: Uint8Array } | { readonly problem: string };

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
/** A block longer than this without its END line is not a certificate. */
const MAX_BLOCK = 1 << 20;
const BEGIN = '-----BEGIN ';
const END = '-----END ';

export class PemSplitter {
  private text = '';
  /** Lines consumed before `text`, so problems name the line of the file. */
  private line = 0;
  private stopped = false;

  push(chunk: string): SourceItem[] {
    if (this.stopped) return [];
    this.text += chunk;
    const lastEnd = this.text.lastIndexOf(END, this.text.lastIndexOf('\n'));
    const cut = lastEnd < 0 ? -1 : this.text.indexOf('\n', lastEnd);
    const items = cut < 0 ? [] : this.decode(cut + 1);
    if (!this.text.includes(BEGIN)) {
      // Text between blocks: only a partial line can still become a BEGIN marker.
      const lineStart = this.text.lastIndexOf('\n') + 1;
      this.take(this.text.length - lineStart > 256 ? this.text.length : lineStart);
    } else if (this.text.length - this.text.lastIndexOf(BEGIN) > MAX_BLOCK) {
      this.stopped = true;
      items.push({ problem: `PEM line ${this.line + 1}: no END line within ${MAX_BLOCK} bytes of BEGIN` });
    }
    return items;
  }

  end(): SourceItem[] {
    if (this.stopped) return [];
    return this.decode(this.text.length);
  }

  private take(length: number): string {
    const piece = this.text.slice(0, length);
    this.text = this.text.slice(length);
    for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) this.line++;
    return piece;
  }

  /** Decodes the first `length` characters, which end after an END line or at the end of the file. */
  private decode(length: number): SourceItem[] {
    const before = this.line;
    const { blocks, problems } = decodePem(this.take(length));
    const found = [
      ...blocks
        .filter((b) => CERTIFICATE_LABELS.has(b.label))
        .map((b) => ({ line: b.line, item: { der: b.der } })),
      ...problems.map((p) => ({
        line: p.line,
        item: { problem: `PEM line ${before + p.line}: ${p.reason}` },
      })),
    ].sort((a, b) => a.line - b.line);
    return found.map((f) => f.item);
  }
}
