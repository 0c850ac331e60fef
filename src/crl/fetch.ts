/**
 * Gets a CRL's bytes from where it is published: an http(s) URL (a time limit over the whole
 * exchange, a size cap, a bounded number of redirects) or a file. Failures are values: a source
 * that cannot be read is a finding of the watch, not an exception.
 */
import { readFile, stat } from 'node:fs/promises';

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
}

/** Large CAs publish CRLs of tens of megabytes; the DER reader takes up to 64 MiB, PEM is 4/3 of it. */
export const FETCH_DEFAULTS: Required<FetchOptions> = {
  timeoutMs: 60_000,
  maxBytes: 100 * 1024 * 1024,
  maxRedirects: 5,
};

export type Fetched =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

export const isUrl = (location: string): boolean => /^https?:\/\//i.test(location);

export async function readCrlSource(location: string, options: FetchOptions = {}): Promise<Fetched> {
  const o = { ...FETCH_DEFAULTS, ...options };
  if (isUrl(location)) return download(location, o);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location))
    return { ok: false, reason: `${location}: only http and https URLs are fetched` };
  try {
    const { size } = await stat(location);
    if (size > o.maxBytes)
      return { ok: false, reason: `${location}: ${size} bytes, over the ${o.maxBytes} byte limit` };
    return { ok: true, bytes: new Uint8Array(await readFile(location)) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

async function download(location: string, o: Required<FetchOptions>): Promise<Fetched> {
  const signal = AbortSignal.timeout(o.timeoutMs);
  let url = new URL(location);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'application/pkix-crl, application/x-pkcs7-crl, */*' },
      });
      const next = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && next !== null) {
        await response.body?.cancel();
        if (redirects >= o.maxRedirects)
          return { ok: false, reason: `${location}: more than ${o.maxRedirects} redirects` };
        url = new URL(next, url);
        if (!isUrl(url.href)) return { ok: false, reason: `${location}: redirected to ${url.href}` };
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, reason: `${url.href}: HTTP ${response.status} ${response.statusText}`.trim() };
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > o.maxBytes) {
        await response.body?.cancel();
        return { ok: false, reason: `${url.href}: ${declared} bytes, over the ${o.maxBytes} byte limit` };
      }
      const bytes = await readCapped(response, o.maxBytes);
      return bytes
        ? { ok: true, bytes }
        : { ok: false, reason: `${url.href}: more than ${o.maxBytes} bytes` };
    }
  } catch (error) {
    if (signal.aborted)
      return { ok: false, reason: `${url.href}: no complete answer within ${o.timeoutMs} ms` };
    const e = error as Error & { cause?: Error };
    return { ok: false, reason: `${url.href}: ${e.cause?.message ?? e.message}` };
  }
}

/** The body, or undefined once it passes `max` bytes (the rest is not read). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return new Uint8Array(0);
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > max) return undefined; // leaving the loop cancels the stream
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
