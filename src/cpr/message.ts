/** A report as read from any channel: the one shape classification, threading and the acknowledgement see. */
import type { ProblemType } from '../store/schema.js';
import type { Attachment } from './references.js';

export interface ReportMessage {
  /** One line. */
  readonly subject: string;
  /** The readable text: the plain-text part, or the HTML converted, or whatever could be decoded. */
  readonly text: string;
  readonly from: { readonly address: string | null; readonly name: string | null };
  /** Well-formed Message-ID of this message, for In-Reply-To. */
  readonly messageId: string | null;
  /** The thread it answers (In-Reply-To and References), oldest first. */
  readonly references: readonly string[];
  readonly attachments: readonly Attachment[];
  /** Why a machine sent it (RFC 3834 Auto-Submitted, Precedence, a bounce), or null: no answer to machines. */
  readonly automatic: string | null;
  /** An Auto-Submitted header other than "no": the classifier's negative signal. */
  readonly autoSubmitted: boolean;
  /** What went wrong reading it; the rest was still read. */
  readonly problems: readonly string[];
  /** Set for the web form: what the reporter chose and the proof they gave. */
  readonly form?: {
    readonly problemType: ProblemType;
    readonly statement?: { readonly text: string; readonly signature: string };
  };
}

/** PostgreSQL text cannot hold NUL; anything else a reporter sends is kept as it came. */
export function storable(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD');
}
