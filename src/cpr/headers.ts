/**
 * Reporter-supplied strings on their way into mail headers. Each value is
 * checked against the narrow form it must have, or reduced to one line of
 * printable text, so a CR/LF in a subject, name or Message-ID can never start
 * a header of its own or add a recipient. The mailer guards too; this does not
 * rely on it.
 */

/** Control characters (line breaks included) become spaces; the result is one trimmed line. */
export function oneLine(value: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const line = value.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ');
  return line.trim().slice(0, max);
}

/** Letters and digits of any script, and the punctuation RFC 5322 allows unquoted in a local part. */
const LOCAL = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * One mailbox address (local@domain) that is safe as a recipient: no quotes,
 * spaces, commas, angle brackets or line breaks, a domain of at least two
 * labels. Anything else is null: no mail is sent to it.
 */
export function safeAddress(value: string | null | undefined): string | null {
  if (!value || value.length > 254) return null;
  const at = value.lastIndexOf('@');
  if (at <= 0) return null;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  return value;
}

const MESSAGE_ID = /<([^<>\s"\\()[\],;:]{1,250}@[^<>\s"\\()[\],;:]{1,250})>/g;

/** The Message-IDs in a header value (In-Reply-To, References), well-formed ones only, last `max` kept. */
export function messageIds(value: string | null | undefined, max = 10): string[] {
  if (!value) return [];
  const ids = [...value.slice(0, 20_000).matchAll(MESSAGE_ID)].map((m) => `<${m[1] as string}>`);
  return ids.slice(-max);
}

/** One well-formed Message-ID, or null. */
export function safeMessageId(value: string | null | undefined): string | null {
  const ids = messageIds(value, 1);
  return ids.length === 1 && (value as string).trim() === ids[0] ? (ids[0] as string) : null;
}
