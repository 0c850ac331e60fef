/** The CRL in what a source served: DER, or PEM with an X509 CRL block (the first one). */
import { readInputObjects } from '../linter/input.js';

export type Decoded =
  { readonly ok: true; readonly der: Uint8Array } | { readonly ok: false; readonly reason: string };

export function crlDer(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty response' };
  const { objects, problems } = readInputObjects(bytes);
  const found = objects.find((o) => o.declared === 'crl' || o.declared === 'unknown');
  if (found) return { ok: true, der: found.der };
  const why = problems[0]?.reason ?? 'PEM without an X509 CRL block';
  return { ok: false, reason: why };
}
