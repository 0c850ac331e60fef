/**
 * Reads a received e-mail into a ReportMessage. Mail is hostile input: the
 * size limit of the receiver bounds the work, HTML is converted to text only
 * up to a length, and a message that mailparser cannot read at all is still
 * read as headers and text, so every message becomes a case.
 */
import { type HeaderValue, type ParsedMail, simpleParser } from 'mailparser';
import { messageIds, oneLine, safeMessageId } from './headers.js';
import type { ReportMessage } from './message.js';
import type { Attachment } from './references.js';

/** HTML beyond this is not converted to text (its attachments and other parts still are read). */
const MAX_HTML = 2_000_000;
/** Text kept of a message; the references and classifier read less than this. */
const MAX_TEXT = 2_000_000;
const MAX_ATTACHMENTS = 100;

export async function readMail(raw: Uint8Array, envelopeFrom: string | null): Promise<ReportMessage> {
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), {
      maxHtmlLengthToParse: MAX_HTML,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
    });
  } catch (error) {
    return readPlain(raw, envelopeFrom, `MIME could not be parsed: ${(error as Error).message}`);
  }
  const from = parsed.from?.value.find((a) => a.address) ?? parsed.from?.value[0];
  const headers = parsed.headers;
  const problems: string[] = [];
  let text = parsed.text ?? '';
  if (!text && parsed.html) {
    problems.push(
      'the HTML part was too long or too deeply nested to convert; its tags were stripped instead',
    );
    text = stripTags(parsed.html);
  }
  if (!text.trim() && parsed.attachments.length === 0) {
    // Not a message mailparser can split (no header/body boundary): keep the octets as text.
    text = splitPlain(raw).body.trim();
    if (text) problems.push('no MIME body was found; the message is shown as it came');
  }
  const attachments: Attachment[] = parsed.attachments.slice(0, MAX_ATTACHMENTS).map((a) => ({
    content: new Uint8Array(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    ...(a.filename ? { filename: oneLine(a.filename, 200) } : {}),
    contentType: a.contentType,
  }));
  if (parsed.attachments.length > MAX_ATTACHMENTS)
    problems.push(`only the first ${MAX_ATTACHMENTS} of ${parsed.attachments.length} attachments were read`);
  const contentType = headerText(headers.get('content-type')).toLowerCase();
  return {
    subject: oneLine(parsed.subject ?? '', 998),
    text: text.slice(0, MAX_TEXT),
    from: {
      address: from?.address ? oneLine(from.address, 254) : null,
      name: from?.name ? oneLine(from.name) : null,
    },
    messageId: safeMessageId(parsed.messageId),
    references: threadIds(headerText(headers.get('references')), parsed.inReplyTo ?? ''),
    attachments,
    automatic: automaticReason(
      (name) => headerText(headers.get(name)),
      envelopeFrom,
      contentType.startsWith('multipart/report'),
    ),
    autoSubmitted: autoSubmitted(headerText(headers.get('auto-submitted'))),
    problems,
  };
}

/** The fallback: header lines by pattern, the rest as UTF-8 text. */
function readPlain(raw: Uint8Array, envelopeFrom: string | null, problem: string): ReportMessage {
  const { head, body } = splitPlain(raw);
  const header = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const address = /[^\s<>"(),;:]+@[^\s<>"(),;:]+/.exec(header('from'))?.[0] ?? null;
  return {
    subject: oneLine(header('subject'), 998),
    text: body.trim(),
    from: { address, name: null },
    messageId: safeMessageId(header('message-id')),
    references: threadIds(header('references'), header('in-reply-to')),
    attachments: [],
    automatic: automaticReason(header, envelopeFrom, /^multipart\/report/i.test(header('content-type'))),
    autoSubmitted: autoSubmitted(header('auto-submitted')),
    problems: [problem],
  };
}

/** Crude, linear and bounded: enough for the words and links the classifier and references look for. */
function stripTags(html: string): string {
  return html
    .slice(0, MAX_TEXT)
    .replace(/<[^<>]{0,10000}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Header section (unfolded) and body by the first blank line; all body when there is none. */
function splitPlain(raw: Uint8Array): { head: string; body: string } {
  const all = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, MAX_TEXT)).toString('utf8');
  const split = all.search(/\r?\n\r?\n/);
  if (split < 0) return { head: '', body: all };
  return { head: all.slice(0, split).replace(/\r?\n[ \t]+/g, ' '), body: all.slice(split) };
}

function headerText(value: HeaderValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : '')).join(' ');
  if (value instanceof Date) return value.toISOString();
  return 'value' in value && typeof value.value === 'string' ? value.value : '';
}

function threadIds(references: string, inReplyTo: string): string[] {
  const ids = [...messageIds(references, 20), ...messageIds(inReplyTo, 5)];
  return [...new Set(ids)].slice(-20);
}

const autoSubmitted = (value: string): boolean => value.trim() !== '' && !/^no\b/i.test(value.trim());

/** RFC 3834 and the older conventions autoresponders and list servers use. */
function automaticReason(
  header: (name: string) => string,
  envelopeFrom: string | null,
  isReport: boolean,
): string | null {
  if (autoSubmitted(header('auto-submitted')))
    return `Auto-Submitted: ${oneLine(header('auto-submitted'), 40)}`;
  const precedence = header('precedence').trim().toLowerCase();
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;
  if (header('x-autoreply') || header('x-autorespond')) return 'X-Autoreply';
  if (envelopeFrom === '' || header('return-path').trim() === '<>') return 'null sender (a bounce)';
  if (isReport) return 'delivery or disposition report';
  return null;
}
