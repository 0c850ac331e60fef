/**
 * Reads a secret for a command: from standard input when it is piped (for
 * scripts), or typed at a terminal prompt that does not echo it.
 */
import type { ReadStream } from 'node:tty';

export async function readSecret(
  prompt: string,
  input: NodeJS.ReadStream,
  out: NodeJS.WritableStream,
): Promise<string> {
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
    // One trailing newline belongs to `echo`, not to the password.
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  return promptHidden(prompt, input as ReadStream, out);
}

function promptHidden(prompt: string, tty: ReadStream, out: NodeJS.WritableStream): Promise<string> {
  out.write(prompt);
  tty.setRawMode(true);
  tty.resume();
  tty.setEncoding('utf8');
  let typed = '';
  return new Promise((resolve, reject) => {
    const finish = (error: Error | null) => {
      tty.setRawMode(false);
      tty.pause();
      tty.off('data', onData);
      out.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003' || ch === '\u0004') return finish(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else if (ch >= ' ') typed += ch;
      }
    };
    tty.on('data', onData);
  });
}
