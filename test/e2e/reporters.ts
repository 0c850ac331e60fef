/**
 * What reporters do from outside the server: send mail with a real SMTP
 * client (one connection per message, as independent senders would), and
 * what the end-to-end tests and the benchmark watch for at the sink.
 */
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import { encodePem } from '../../src/der/pem.js';
import type { SmtpSink, SunkMessage } from '../support/smtpSink.js';
import { leaf } from '../support/certs.js';

export interface Mail {
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly to?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The SMTP intake's address, as a CA would publish it. */
export const CPR_ADDRESS = 'cpr@ca.example';

/** Sends one message on a connection of its own; resolves with the server's final reply ("250 …"). */
export async function sendMail(smtpPort: number, mail: Mail): Promise<string> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtpPort,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    const info = await transport.sendMail({
      from: mail.from,
      to: mail.to ?? CPR_ADDRESS,
      subject: mail.subject,
      text: mail.text,
      headers: mail.headers ?? {},
    });
    return info.response;
  } finally {
    transport.close();
  }
}

/** A real certificate as a reporter would paste it, and the fingerprint Vigil reports for it. */
export function reportedCertificate(): { pem: string; sha256: string } {
  const der = leaf();
  return { pem: encodePem('CERTIFICATE', der), sha256: createHash('sha256').update(der).digest('hex') };
}

/** The case number in an acknowledgement's subject, e.g. "CPR-000012". */
export function caseNumberOf(message: SunkMessage): string {
  const m = /\[(CPR-\d{6,})\]/.exec(message.subject);
  if (!m) throw new Error(`no case number in the subject ${JSON.stringify(message.subject)}`);
  return m[1] as string;
}

/** Waits (up to `timeoutMs`) for a message at the sink addressed to `to`; fails saying what did arrive. */
export async function waitForMailTo(sink: SmtpSink, to: string, timeoutMs = 20_000): Promise<SunkMessage> {
  const deadline = Date.now() + timeoutMs;
  const find = () => sink.messages.find((m) => m.envelopeTo.includes(to));
  for (let found = find(); ; found = find()) {
    if (found) return found;
    const left = deadline - Date.now();
    try {
      if (left <= 0) throw new Error('timed out');
      await sink.waitFor(sink.messages.length + 1, left);
    } catch {
      const seen = sink.messages.map((m) => m.envelopeTo.join(',')).join('; ') || 'nothing';
      throw new Error(`no mail to ${to} at the sink within ${timeoutMs} ms; it received: ${seen}`);
    }
  }
}

/** The public form as a browser without scripts holds it: the CSRF cookie and the token of one page. */
export interface FormSession {
  readonly cookie: string;
  readonly csrf: string;
}

/** GET / as a reporter's browser would, keeping the cookie and the form's token. */
export async function openForm(httpUrl: string): Promise<FormSession> {
  const response = await fetch(`${httpUrl}/`);
  const page = await response.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (response.status !== 200 || !csrf)
    throw new Error(`GET / answered ${response.status} without a form token`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf };
}

export interface FormReport {
  readonly email: string;
  readonly problem_type: 'key_compromise' | 'misissuance' | 'misuse' | 'other';
  readonly certificates?: string;
  readonly description: string;
}

/** POSTs the form as multipart, as the page does; the confirmation is a 303 to /report/<token>. */
export async function postReport(
  httpUrl: string,
  session: FormSession,
  report: FormReport,
): Promise<{ status: number; location: string | null }> {
  const body = new FormData();
  body.set('_csrf', session.csrf);
  for (const [name, value] of Object.entries(report)) body.set(name, value);
  const response = await fetch(`${httpUrl}/report`, {
    method: 'POST',
    body,
    headers: { cookie: session.cookie },
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get('location') };
}

/** Follows the form's redirect as the browser does: the confirmation page, and the case number it shows. */
export async function openConfirmation(
  httpUrl: string,
  session: FormSession,
  location: string,
): Promise<{ status: number; caseNumber: string | null }> {
  const response = await fetch(new URL(location, httpUrl), { headers: { cookie: session.cookie } });
  const page = await response.text();
  return { status: response.status, caseNumber: /\bCPR-\d{6,}\b/.exec(page)?.[0] ?? null };
}
