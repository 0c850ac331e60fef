/**
 * A web-form report as stored: the validated fields and uploaded files as
 * JSON, the form's counterpart of raw mail, read back into a ReportMessage so
 * that both channels share one path from storage to case.
 */
import { z } from 'zod';
import type { ProblemType } from '../store/schema.js';
import type { ReportMessage } from './message.js';
import { problemTypeLabel } from './problemTypes.js';
import type { Attachment } from './references.js';

export interface FormSubmission {
  readonly email: string;
  readonly name: string;
  readonly problemType: ProblemType;
  /** Pasted PEM, fingerprints, crt.sh IDs or links, serials with issuers. */
  readonly certificates: string;
  readonly description: string;
  /** A CSR, or a statement signed with the compromised key. */
  readonly proof: string;
  /** The base64 signature over `proof` when it is a statement; empty for a CSR. */
  readonly proofSignature: string;
  readonly files: readonly {
    readonly filename: string;
    readonly contentType: string;
    readonly content: Uint8Array;
  }[];
}

const STORED = z.object({
  email: z.string(),
  name: z.string(),
  problemType: z.enum(['key_compromise', 'misissuance', 'misuse', 'other']),
  certificates: z.string(),
  description: z.string(),
  proof: z.string(),
  proofSignature: z.string(),
  files: z.array(z.object({ filename: z.string(), contentType: z.string(), base64: z.string() })),
});

export function encodeFormSubmission(form: FormSubmission): Uint8Array {
  const files = form.files.map((f) => ({
    filename: f.filename,
    contentType: f.contentType,
    base64: Buffer.from(f.content).toString('base64'),
  }));
  return new Uint8Array(Buffer.from(JSON.stringify({ ...form, files })));
}

export function readFormSubmission(raw: Uint8Array): ReportMessage {
  const text = Buffer.from(raw).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = STORED.safeParse(json);
  if (!parsed.success) return unreadable(text);
  const form = parsed.data;
  const attachments: Attachment[] = form.files.map((f) => ({
    filename: f.filename,
    contentType: f.contentType,
    content: new Uint8Array(Buffer.from(f.base64, 'base64')),
  }));
  const statement = form.proof.trim() !== '' && form.proofSignature.trim() !== '';
  // A proof without a signature is a CSR: read with the attachments, where CSRs are found.
  if (form.proof.trim() !== '' && !statement)
    attachments.push({
      filename: 'proof',
      contentType: 'text/plain',
      content: new Uint8Array(Buffer.from(form.proof)),
    });
  const sections = [
    form.description,
    form.certificates.trim() ? `Certificates:\n${form.certificates}` : '',
    statement ? `Signed statement:\n${form.proof}\n\nSignature:\n${form.proofSignature}` : '',
  ];
  return {
    subject: `Web form: ${problemTypeLabel(form.problemType)}`,
    text: sections.filter((s) => s !== '').join('\n\n'),
    from: { address: form.email, name: form.name || null },
    messageId: null,
    references: [],
    attachments,
    automatic: null,
    autoSubmitted: false,
    problems: [],
    form: {
      problemType: form.problemType,
      ...(statement ? { statement: { text: form.proof, signature: form.proofSignature } } : {}),
    },
  };
}

/** Not written by this version of the form: kept as text for a person to read. */
function unreadable(text: string): ReportMessage {
  return {
    subject: 'Web form (unreadable submission)',
    text,
    from: { address: null, name: null },
    messageId: null,
    references: [],
    attachments: [],
    automatic: null,
    autoSubmitted: false,
    problems: ['the stored form submission is not in the expected shape'],
  };
}
