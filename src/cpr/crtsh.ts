/**
 * What a crt.sh link names: one certificate (by crt.sh ID, SHA-256 or serial),
 * or a search whose results a person still has to look at.
 */
import { normaliseSerial } from './fingerprint.js';

export interface CrtshReference {
  readonly kind: 'crtsh_id' | 'sha256' | 'serial_issuer' | 'crtsh_query';
  readonly value: string;
}

/** A crt.sh address as written in text, with or without scheme; the tail is bounded. */
export const CRTSH_LINK = /(?<![\w.-])(?:https?:\/\/)?(?:www\.)?crt\.sh([/?][^\s<>"'`]{0,2048})/gi;

const ID = /^[0-9]{1,20}$/;
const SHA256 = /^[0-9a-f]{64}$/i;
/** Parameters that search by a name or attribute rather than naming a certificate. */
const SEARCHES = ['identity', 'cn', 'dnsname', 'e', 'o', 'ou', 'ski', 'spkisha256', 'sha1'];

/** Punctuation that ends a sentence or closes brackets around a link, not part of it. */
const TRAILING = /[.,;:!?)\]}>'"]+$/;

export function crtshReferences(tail: string): CrtshReference[] {
  let url: URL;
  try {
    url = new URL(`https://crt.sh${tail.replace(TRAILING, '')}`);
  } catch {
    return [];
  }
  const params = new Map<string, string>();
  for (const [k, v] of url.searchParams)
    if (!params.has(k.toLowerCase())) params.set(k.toLowerCase(), v.trim());
  const out: CrtshReference[] = [];
  const id = params.get('id') ?? params.get('d') ?? /^\/([0-9]+)$/.exec(url.pathname)?.[1];
  if (id !== undefined && ID.test(id)) out.push({ kind: 'crtsh_id', value: BigInt(id).toString() });
  const sha256 = params.get('sha256');
  if (sha256 !== undefined && SHA256.test(sha256)) out.push({ kind: 'sha256', value: sha256.toLowerCase() });
  const serial = params.get('serial');
  const serialHex = serial === undefined ? undefined : normaliseSerial(serial, 'hex');
  if (serialHex !== undefined) out.push({ kind: 'serial_issuer', value: serialHex });
  const q = params.get('q');
  // crt.sh's search box takes an ID, a fingerprint or an identity alike.
  if (q !== undefined && SHA256.test(q)) out.push({ kind: 'sha256', value: q.toLowerCase() });
  else if (q !== undefined && ID.test(q)) out.push({ kind: 'crtsh_id', value: BigInt(q).toString() });
  else if (q) out.push({ kind: 'crtsh_query', value: q.slice(0, 256) });
  for (const name of SEARCHES) {
    const value = params.get(name);
    if (value) out.push({ kind: 'crtsh_query', value: value.slice(0, 256) });
  }
  return out;
}
