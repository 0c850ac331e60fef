/**
 * The acknowledgement a reporter gets within seconds: the case number, what
 * was understood, and when the preliminary report is due (BR 4.9.5). Pure: it
 * builds the e-mail; intake decides whether to send it and queues it. Every
 * reporter-supplied value that reaches a header is checked against its form
 * first (headers.ts); the subject is fixed text.
 */
import type { Deadline } from '../rules/index.js';
import { messageIds, safeAddress, safeMessageId } from './headers.js';
import { formatCaseNumber } from './subject.js';
import { type Understood, understoodLines } from './understood.js';

export interface AcknowledgementInput {
  readonly caseId: number;
  readonly caName: string;
  readonly to: string;
  readonly reporterName: string | null;
  /** When this message was received. */
  readonly receivedAt: number;
  /** The BR 4.9.5 deadline of the case; null when the case was dismissed by the classifier. */
  readonly preliminaryReport: Deadline | null;
  /** The message joined a case opened earlier. */
  readonly reply: boolean;
  /** Why the classifier did not take it for a problem report, when it did not. */
  readonly dismissedBecause: string | null;
  readonly understood: Understood;
  /** The reporter's Message-ID and the thread it answers, to keep the acknowledgement in the thread. */
  readonly messageId: string | null;
  readonly references: readonly string[];
  /** The reporter's status page, when there is one. */
  readonly statusUrl: string | null;
}

export interface Acknowledgement {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Null when the recipient is not one safe mailbox address: then nothing is sent. */
export function buildAcknowledgement(input: AcknowledgementInput): Acknowledgement | null {
  const to = safeAddress(input.to);
  if (to === null) return null;
  const number = formatCaseNumber(input.caseId);
  const headers: Record<string, string> = { 'Auto-Submitted': 'auto-replied' };
  const messageId = safeMessageId(input.messageId);
  if (messageId !== null) {
    headers['In-Reply-To'] = messageId;
    const thread = [...messageIds(input.references.join(' '), 9), messageId];
    headers.References = [...new Set(thread)].join(' ');
  }
  return { to, subject: `[${number}] Your certificate problem report`, text: body(input, number), headers };
}

function body(input: AcknowledgementInput, number: string): string {
  const received = formatUtc(input.receivedAt);
  const opening = input.reply
    ? `We received your message of ${received} and added it to case ${number}.`
    : `We received your message of ${received} and opened case ${number} for it.`;
  const parts = [
    // The name is the reporter's own text: one line, and only in the body.
    input.reporterName ? `Hello ${input.reporterName.replace(/\s+/g, ' ').slice(0, 100)},` : 'Hello,',
    opening,
    `What we understood from your message:\n${understoodLines(input.understood).join('\n')}`,
  ];
  if (input.dismissedBecause !== null)
    parts.push(
      `Our automatic triage did not recognise it as a certificate problem report (${input.dismissedBecause}). ` +
        'A person reviews these messages as well. If you are reporting a problem with a certificate ' +
        '(a compromised key, a mis-issued certificate, misuse), please reply and say so.',
    );
  const due = input.preliminaryReport;
  if (due !== null)
    parts.push(
      `Under ${due.rule} of the CA/Browser Forum Baseline Requirements we will send a preliminary report ` +
        `of our findings to you and to the certificate's subscriber by ${formatUtc(due.dueAt)}, ` +
        `${Math.round((due.dueAt - due.startsAt) / 3_600_000)} hours after we received the report.`,
    );
  parts.push(
    `To add information, reply to this e-mail and keep "[${number}]" in the subject.` +
      (input.statusUrl ? `\nYour report: ${input.statusUrl}` : ''),
    `${input.caName} certificate problem reports\n(This message was sent automatically.)`,
  );
  return `${parts.join('\n\n')}\n`;
}

/** "2026-11-23 14:05 UTC": minutes are what a deadline is read to. */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
