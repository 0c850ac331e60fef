/**
 * The sources of a scan, in a fixed order (so a resumed scan meets them in the same order), and the
 * objects of each, read as a stream: a PEM bundle block by block, a CT get-entries file entry by
 * entry, a DER file whole. An object that cannot be read is a problem item, never an exception.
 */
import { createReadStream, type Dirent, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { looksLikePem } from '../der/pem.js';
import { readCtEntry } from './ctEntry.js';
import { JsonArrayReader } from './jsonEntries.js';
import { PemSplitter, type SourceItem } from './pemSplitter.js';

export type { SourceItem } from './pemSplitter.js';

/** Files a directory contributes; CT get-entries files (.json) are named one by one. */
const CERTIFICATE_FILES = /\.(pem|crt|cer|der)$/i;
/** A DER file holds one certificate; anything larger is not one. */
const MAX_DER = 1 << 20;
const CHUNK = 1 << 18;

/** Each input as an absolute path; a directory is replaced by its certificate files, sorted, recursively. */
export function* expandInputs(inputs: readonly string[]): Generator<string> {
  for (const input of inputs) {
    const path = resolve(input);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/**
 * Symbolic links are not followed (no loops, no file twice); a directory that cannot be listed is
 * yielded itself, so reading it fails and it is counted as unreadable.
 */
function* walk(dir: string): Generator<string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    yield dir;
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && CERTIFICATE_FILES.test(entry.name)) yield path;
  }
}

/** The size in bytes of all inputs, for a progress bar. */
export function inputBytes(inputs: readonly string[]): number {
  let total = 0;
  for (const path of expandInputs(inputs)) total += statSync(path).size;
  return total;
}

type Format = 'pem' | 'ct' | 'der';

function formatOf(head: Buffer): Format {
  let i = 0;
  while (i < head.length && /\s/.test(String.fromCharCode(head[i] as number))) i++;
  if (head[i] === 0x7b) return 'ct';
  return looksLikePem(head) ? 'pem' : 'der';
}

/** The objects of one file in order; `onBytes` hears of every chunk read. */
export async function* readSource(path: string, onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  let format: Format | undefined;
  const pem = new PemSplitter();
  const ct = new JsonArrayReader('entries');
  const utf8 = new StringDecoder('utf8');
  const der: Buffer[] = [];
  let derLength = 0;
  const ctItems = (items: ReturnType<JsonArrayReader['push']>): SourceItem[] =>
    items.map((item) => {
      if ('problem' in item) return item;
      const entry = readCtEntry(item.value);
      return entry.ok ? { der: entry.der } : { problem: `CT entry: ${entry.reason}` };
    });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
      onBytes?.(chunk.length);
      format ??= formatOf(chunk);
      if (format === 'pem') yield* pem.push(chunk.toString('latin1'));
      else if (format === 'ct') yield* ctItems(ct.push(utf8.write(chunk)));
      else if ((derLength += chunk.length) > MAX_DER) {
        yield { problem: `not a certificate: a DER file larger than ${MAX_DER} bytes` };
        return;
      } else der.push(chunk);
    }
  } catch (e) {
    yield { problem: `cannot read: ${(e as Error).message}` };
    return;
  }
  if (format === 'pem') yield* pem.end();
  else if (format === 'ct') yield* ctItems([...ct.push(utf8.end()), ...ct.end()]);
  else if (format === 'der') yield { der: new Uint8Array(Buffer.concat(der)) };
  else yield { problem: 'empty file' };
}
