/**
 * The certificates a problem report points at: pasted or attached certificates
 * and CSRs, SHA-256 fingerprints, crt.sh links and serial numbers. Mail is
 * hostile input, so every pattern runs in linear time, each text is scanned up
 * to MAX_TEXT characters and at most MAX_REFERENCES are kept.
 */
import { decodePem, looksLikePem } from '../der/pem.js';
import { parseCertificate } from '../x509/certificate.js';
import { parseCsr } from '../x509/csr.js';
import { CRTSH_LINK, crtshReferences } from './crtsh.js';
import { normaliseSerial, sha256Hex } from './fingerprint.js';

export interface Attachment {
  readonly filename?: string;
  readonly contentType?: string;
  readonly content: Uint8Array;
}

/** `source` is 'body' or the attachment's filename ('attachment 2' when it has none). */
export type Reference =
  /** A certificate (PEM, DER) or a CSR itself; `value` is the SHA-256 of `der`. */
  | {
      readonly kind: 'pem' | 'der' | 'csr';
      readonly value: string;
      readonly source: string;
      readonly der: Uint8Array;
    }
  /** `value`: lower-case hex SHA-256, a crt.sh ID, or a crt.sh search (a hint, not a certificate). */
  | { readonly kind: 'sha256' | 'crtsh_id' | 'crtsh_query'; readonly value: string; readonly source: string }
  /** `value`: the serial as minimal lower-case hex; `issuer` as written near it, when it was. */
  | {
      readonly kind: 'serial_issuer';
      readonly value: string;
      readonly source: string;
      readonly issuer?: string;
    };

export type ReferenceKind = Reference['kind'];

export interface ExtractedReferences {
  readonly references: Reference[];
  /** MAX_REFERENCES was reached or a text was cut at MAX_TEXT: there may be more. */
  readonly truncated: boolean;
  /** Damaged PEM blocks (at most MAX_REFERENCES), so a person can ask the reporter for them again. */
  readonly problems: { readonly source: string; readonly line: number; readonly reason: string }[];
}

export const MAX_REFERENCES = 1000;
export const MAX_TEXT = 1_000_000;

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE']);
const CSR_LABELS = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);

const SHA256_PLAIN = /(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/gi;
/** 32 byte pairs with one separator throughout; runs longer than 32 pairs are rejected after matching. */
const SHA256_PAIRS = /(?<![0-9a-f])[0-9a-f]{2}([: ])[0-9a-f]{2}(?:\1[0-9a-f]{2}){30}(?![0-9a-f])/gi;
/** "Serial Number: 03:a1:…", "serial: 0x…", "serial number is 4096"; OpenSSL puts the value on the next line. */
const SERIAL =
  /\bserial(?:[ \t]?(?:number|no\.?|#))?[ \t]{0,4}(?:[:#]|is\b)?\s{0,40}?(0x[0-9a-f]{1,64}|[0-9a-f]{2}(?::[0-9a-f]{2}){1,63}|[0-9a-f]{2}(?: [0-9a-f]{2}){7,63}|[0-9a-f]{1,80})(?![0-9a-z:])/gi;
const ISSUER = /\bissuer(?:[ \t]?(?:name|dn))?[ \t]{0,4}[:=][ \t]{0,8}([^\r\n]{1,300})/gi;
/** How far (in characters) an "Issuer:" line may be from the serial it belongs to. */
const ISSUER_DISTANCE = 500;
/** Reply quoting ("> ") in front of a pasted PEM block. */
const QUOTING = /^[ \t]*(?:>[ \t]?)+/gm;

class Collector {
  readonly references: Reference[] = [];
  readonly problems: { source: string; line: number; reason: string }[] = [];
  truncated = false;
  private readonly seen = new Set<string>();

  /** False once the cap is reached, so scanning can stop. */
  add(ref: Reference): boolean {
    // A fingerprint of a certificate already at hand names nothing new.
    const kind = ref.kind === 'pem' || ref.kind === 'der' || ref.kind === 'sha256' ? 'certificate' : ref.kind;
    const key = `${kind}:${ref.value}:${ref.kind === 'serial_issuer' ? (ref.issuer ?? '') : ''}`;
    if (this.seen.has(key)) return true;
    if (this.references.length >= MAX_REFERENCES) {
      this.truncated = true;
      return false;
    }
    this.seen.add(key);
    this.references.push(ref);
    return true;
  }
}

interface Text {
  readonly source: string;
  readonly text: string;
}

export function extractCertificateReferences(
  body: string,
  attachments: readonly Attachment[] = [],
): ExtractedReferences {
  const c = new Collector();
  collect(body, attachments, c);
  return { references: c.references, truncated: c.truncated, problems: c.problems };
}

function collect(body: string, attachments: readonly Attachment[], c: Collector): void {
  const texts: Text[] = [{ source: 'body', text: bounded(body, c) }];
  // Certificates first, so a fingerprint of one of them is recognised as a duplicate.
  if (!scanPem(texts[0] as Text, c)) return;
  for (const [i, { filename, content }] of attachments.entries()) {
    const source = filename?.trim() || `attachment ${i + 1}`;
    const kind = looksLikePem(content) ? undefined : derKind(content);
    if (kind !== undefined) {
      if (!c.add({ kind, value: sha256Hex(content), source, der: content })) return;
    } else if (!content.subarray(0, MAX_TEXT).includes(0)) {
      const text = { source, text: Buffer.from(content.subarray(0, MAX_TEXT)).toString('utf8') };
      if (content.length > MAX_TEXT) c.truncated = true;
      texts.push(text);
      if (!scanPem(text, c)) return;
    }
  }
  for (const t of texts) if (!scanText(t, c)) return;
}

function bounded(text: string, c: Collector): string {
  if (text.length <= MAX_TEXT) return text;
  c.truncated = true;
  return text.slice(0, MAX_TEXT);
}

function derKind(content: Uint8Array): 'der' | 'csr' | undefined {
  if (content[0] !== 0x30) return undefined;
  if (parseCertificate(content).ok) return 'der';
  return parseCsr(content).ok ? 'csr' : undefined;
}

function scanPem({ source, text }: Text, c: Collector): boolean {
  if (!text.includes('-----BEGIN ')) return true;
  const { blocks, problems } = decodePem(text.replace(QUOTING, ''));
  for (const p of problems.slice(0, MAX_REFERENCES - c.problems.length)) c.problems.push({ source, ...p });
  for (const { label, der } of blocks) {
    const kind = CERTIFICATE_LABELS.has(label) ? 'pem' : CSR_LABELS.has(label) ? 'csr' : undefined;
    if (kind && !c.add({ kind, value: sha256Hex(der), source, der })) return false;
  }
  return true;
}

function scanText({ source, text }: Text, c: Collector): boolean {
  for (const m of text.matchAll(CRTSH_LINK))
    for (const r of crtshReferences(m[1] as string)) if (!c.add({ ...r, source })) return false;
  for (const m of text.matchAll(SHA256_PLAIN))
    if (!c.add({ kind: 'sha256', value: m[0].toLowerCase(), source })) return false;
  for (const m of text.matchAll(SHA256_PAIRS)) {
    const end = m.index + m[0].length;
    if (pairBefore(text, m.index, m[1] as string) || pairAfter(text, end, m[1] as string)) continue;
    if (!c.add({ kind: 'sha256', value: m[0].replace(/[: ]/g, '').toLowerCase(), source })) return false;
  }
  const issuers = issuerLines(text);
  for (const m of text.matchAll(SERIAL)) {
    const token = m[1] as string;
    // A bare word ("serial number is a …") is not a serial; real ones have digits.
    if (!/[0-9]/.test(token)) continue;
    const value = normaliseSerial(token);
    if (value === undefined) continue;
    const issuer = nearest(issuers, m.index);
    const ref = issuer === undefined ? { value, source } : { value, source, issuer };
    if (!c.add({ kind: 'serial_issuer', ...ref })) return false;
  }
  return true;
}

const isHex = (ch: string | undefined): boolean => ch !== undefined && /^[0-9a-f]$/i.test(ch);

/** Whether a byte pair and the separator come just before `at`: the match is inside a longer run. */
function pairBefore(text: string, at: number, sep: string): boolean {
  return text[at - 1] === sep && isHex(text[at - 2]) && isHex(text[at - 3]) && !isHex(text[at - 4]);
}

function pairAfter(text: string, at: number, sep: string): boolean {
  return text[at] === sep && isHex(text[at + 1]) && isHex(text[at + 2]) && !isHex(text[at + 3]);
}

/** Every "Issuer:" line with its position, in text order. */
function issuerLines(text: string): { at: number; issuer: string }[] {
  const out: { at: number; issuer: string }[] = [];
  for (const m of text.matchAll(ISSUER)) {
    const issuer = (m[1] as string).replace(/\s+/g, ' ').trim();
    if (issuer) out.push({ at: m.index, issuer });
  }
  return out;
}

/** The issuer line closest to `at` within ISSUER_DISTANCE, by binary search. */
function nearest(issuers: readonly { at: number; issuer: string }[], at: number): string | undefined {
  let lo = 0;
  let hi = issuers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((issuers[mid] as { at: number }).at < at) lo = mid + 1;
    else hi = mid;
  }
  const candidates = [issuers[lo - 1], issuers[lo]].filter((i) => i !== undefined);
  candidates.sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at));
  const best = candidates[0];
  return best !== undefined && Math.abs(best.at - at) <= ISSUER_DISTANCE ? best.issuer : undefined;
}
