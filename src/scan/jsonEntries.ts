/**
 * The elements of one array in a JSON document (`{"entries": [...]}` of a CT get-entries answer),
 * taken from text chunks as they arrive, so a file of any size is read in bounded memory: only
 * the element being read is kept. The rest of the document is tracked (strings, nesting) but not
 * otherwise checked.
 */

export type JsonItem = { readonly value: unknown } | { readonly problem: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** Keys longer than this are not the key sought; only a prefix is kept. */
const KEY_LIMIT = 64;

export class JsonArrayReader {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The last string at depth 1: the key of the value that follows. */
  private key = '';
  private inTarget = false;
  private found = false;
  /** The current element's text from earlier chunks, and where it starts in this chunk (-1: none). */
  private element = '';
  private elementStart = -1;
  /** A comma ended the last element, so a closing bracket now means an empty element. */
  private afterComma = false;

  constructor(private readonly wanted: string) {}

  /** The elements completed by this chunk, in order. */
  push(chunk: string): JsonItem[] {
    const items: JsonItem[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        else if (this.depth === 1 && this.key.length < KEY_LIMIT) this.key += chunk[i];
        continue;
      }
      const inElementLevel = this.inTarget && this.depth === 2;
      if (inElementLevel && this.elementStart < 0 && this.element === '' && !isSpace(c)) {
        if (c === COMMA || c === CLOSE_BRACKET) {
          if (c === COMMA || this.afterComma) items.push({ problem: 'empty element in entries' });
        } else this.elementStart = i;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1) this.key = '';
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (c === OPEN_BRACKET && this.depth === 1 && this.key === this.wanted && !this.found) {
          this.inTarget = true;
          this.found = true;
          this.afterComma = false;
        }
        this.depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (inElementLevel) {
          this.finishElement(chunk, i, items);
          this.inTarget = false;
        }
        this.depth--;
      } else if (c === COMMA && inElementLevel) {
        this.finishElement(chunk, i, items);
        this.afterComma = true;
      }
    }
    if (this.elementStart >= 0) {
      this.element += chunk.slice(this.elementStart);
      this.elementStart = 0;
    }
    return items;
  }

  /** Whatever the end of the document leaves unfinished. */
  end(): JsonItem[] {
    if (!this.found) return [{ problem: `no "${this.wanted}" array` }];
    if (this.inTarget) return [{ problem: 'truncated JSON: the entries array is not closed' }];
    return [];
  }

  private finishElement(chunk: string, end: number, items: JsonItem[]): void {
    if (this.elementStart < 0 && this.element === '') return;
    const text = this.element + chunk.slice(Math.max(this.elementStart, 0), end);
    this.element = '';
    this.elementStart = -1;
    try {
      items.push({ value: JSON.parse(text) });
    } catch (e) {
      items.push({ problem: `entry is not JSON: ${(e as Error).message}` });
    }
  }
}
