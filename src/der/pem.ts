/** One PEM block: the label after BEGIN and the decoded octets. */
export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
  /** 1-based line of the BEGIN marker, for error messages. */
  readonly line: number;
}

export interface PemProblem {
  readonly line: number;
  readonly reason: string;
}

const BEGIN = /^-----BEGIN ([A-Z0-9 ]+)-----\s*$/;
const END = /^-----END ([A-Z0-9 ]+)-----\s*$/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Every PEM block in a text, in order. Text outside blocks (OpenSSL's dumps,
 * mail bodies) is ignored; a damaged block is reported, not skipped silently.
 */
export function decodePem(text: string): { blocks: PemBlock[]; problems: PemProblem[] } {
  const blocks: PemBlock[] = [];
  const problems: PemProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const begin = BEGIN.exec((lines[i] as string).trim());
    if (!begin) continue;
    const label = begin[1] as string;
    const startLine = i + 1;
    let body = '';
    let closed = false;
    let headers = false;
    for (i++; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      const end = END.exec(line);
      if (end) {
        if (end[1] !== label)
          problems.push({ line: i + 1, reason: `END ${end[1]} does not match BEGIN ${label}` });
        closed = true;
        break;
      }
      if (line.includes(':') && body === '') {
        headers = true; // RFC 1421 headers (Proc-Type, DEK-Info) precede the body
        continue;
      }
      if (line === '' && headers) continue;
      body += line;
    }
    if (!closed) {
      problems.push({ line: startLine, reason: `BEGIN ${label} without END` });
      break;
    }
    const der = decodeBase64Strict(body);
    if (der === undefined) problems.push({ line: startLine, reason: `invalid base64 in ${label} block` });
    else blocks.push({ label, der, line: startLine });
  }
  return { blocks, problems };
}

function decodeBase64Strict(body: string): Uint8Array | undefined {
  if (!BASE64_LINE.test(body) || body.length % 4 !== 0) return undefined;
  return new Uint8Array(Buffer.from(body, 'base64'));
}

export function encodePem(label: string, der: Uint8Array): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** True when the bytes look like text containing a PEM marker rather than DER. */
export function looksLikePem(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 16))).toString('latin1');
  return head.includes('-----BEGIN ');
}
