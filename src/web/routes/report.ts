/**
 * The public Certificate Problem Report form. A valid report is stored first
 * (the durable write every channel shares), then processed at once so the
 * confirmation can show the case number; the confirmation lives at an
 * unguessable address, so case numbers cannot be walked through. Every bad
 * field gets its own message next to it; too many reports from one address,
 * too large an upload and an expired form each get a page that says so.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { clocksOf } from '../caseClocks.js';
import { encodeFormSubmission, type FormSubmission } from '../../cpr/formSubmission.js';
import { safeAddress } from '../../cpr/headers.js';
import { storeInbound } from '../../cpr/inbound.js';
import { LEASE_MS, processStored } from '../../cpr/intake.js';
import { loadUnderstood } from '../../cpr/understood.js';
import { formatCaseNumber } from '../../cpr/subject.js';
import { decodePem, looksLikePem } from '../../der/pem.js';
import { parseCertificate } from '../../x509/certificate.js';
import { parseCsr } from '../../x509/csr.js';
import { type Html, html } from '../html.js';
import { sendPage } from '../staff.js';
import {
  confirmationView,
  formatBytes,
  type ReportErrors,
  type ReportField,
  reportFormView,
  type ReportValues,
  TEXT_FIELDS,
} from '../views/reportForm.js';

interface Upload {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** What the multipart reader leaves on request.body: the fields (first value of each) and the files. */
type Posted = Record<string, unknown> & { evidence?: Upload[] };

const TOKEN = /^[A-Za-z0-9_-]{24}$/;
const CSR_LABELS = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);

const text = (max: number, tooLong: string) => z.string().max(max, tooLong).default('');
const ReportForm = z
  .object({
    email: z
      .string()
      .trim()
      .min(1, 'Enter your e-mail address, so we can send you the case number.')
      .refine((v) => safeAddress(v) !== null, 'Enter one e-mail address, like name@example.org.'),
    name: text(200, 'Keep the name under 200 characters.').transform((v) => v.trim()),
    problem_type: z.enum(['key_compromise', 'misissuance', 'misuse', 'other'], {
      error: 'Choose the kind of problem.',
    }),
    certificates: text(1_000_000, 'Paste at most 1,000,000 characters; attach longer lists as files.'),
    description: z
      .string()
      .max(100_000, 'Keep the description under 100,000 characters.')
      .refine((v) => v.trim() !== '', 'Describe the problem.'),
    proof: text(200_000, 'The proof is too long: a CSR or a short statement is expected.'),
    proof_signature: text(10_000, 'The signature is too long.'),
  })
  .superRefine((form, ctx) => {
    const proof = form.proof.trim();
    if (form.proof_signature.trim() !== '' && proof === '')
      ctx.addIssue({
        code: 'custom',
        path: ['proof'],
        message: 'Paste the statement that the signature is over.',
      });
    else if (proof !== '' && form.proof_signature.trim() === '' && !hasCsr(proof))
      ctx.addIssue({
        code: 'custom',
        path: ['proof'],
        message:
          'Paste a CSR (-----BEGIN CERTIFICATE REQUEST-----), or give the signature of your statement below.',
      });
  });

const hasCsr = (text: string): boolean => decodePem(text).blocks.some((b) => CSR_LABELS.has(b.label));

/** Uploaded evidence must be something a person and the intake can read: a certificate or CSR. */
function evidenceProblem(files: readonly Upload[]): string | null {
  for (const file of files) {
    const readable =
      looksLikePem(file.content) || parseCertificate(file.content).ok || parseCsr(file.content).ok;
    if (!readable) return `${file.filename || 'A file'} is not a certificate or CSR in PEM or DER.`;
  }
  return null;
}

export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const { store, config, clock } = app.services;

  const showForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    values: ReportValues,
    errors: ReportErrors,
    status: number,
  ) =>
    sendPage(
      request,
      reply,
      'Report a certificate problem',
      reportFormView({
        csrfToken: reply.generateCsrf(),
        values,
        errors,
        caName: config.caName,
        maxBytes: config.form.maxBytes,
      }),
      status,
    );

  app.get('/', async (request, reply) => showForm(request, reply, {}, {}, 200));

  app.post(
    '/report',
    {
      config: { rateLimit: { max: config.form.ratePerMinute, timeWindow: '1 minute' } },
      preValidation: async (request) => {
        if (request.isMultipart()) await readMultipart(request, config.form.maxBytes);
      },
      preHandler: app.csrfProtection,
      errorHandler: (error: FastifyError, request, reply) => {
        const values = postedValues(request.body);
        if (error.statusCode === 403 && error.code?.startsWith('FST_CSRF'))
          return showForm(
            request,
            reply,
            values,
            { description: 'The form had expired. Your text is kept below: please send it again.' },
            403,
          );
        if (error.statusCode === 413)
          return showForm(
            request,
            reply,
            values,
            {
              evidence: `The report is larger than ${formatBytes(config.form.maxBytes)}, or has more than 5 files. Send fewer or smaller files; you can also reply to our e-mail with more.`,
            },
            413,
          );
        if (error.statusCode === 429)
          return notice(
            request,
            reply,
            'Too many reports',
            html`<p>
              We received several reports from your address in the last minute. Please wait a minute, then
              <a href="/">send your report again</a>. If this is urgent, write to us by e-mail as well.
            </p>`,
            429,
          );
        if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
          return notice(
            request,
            reply,
            'The report could not be read',
            html`<p>${error.message}</p>
              <p><a href="/">Back to the form</a></p>`,
            error.statusCode,
          );
        throw error;
      },
    },
    async (request, reply) => {
      const posted = (request.body ?? {}) as Posted;
      const values = postedValues(posted);
      const parsed = ReportForm.safeParse(values);
      const files = posted.evidence ?? [];
      const errors: ReportErrors = {};
      if (!parsed.success)
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0]) as ReportField;
          errors[field] ??= issue.message;
        }
      const badFile = evidenceProblem(files);
      if (badFile) errors.evidence = badFile;
      if (!parsed.success || badFile) return showForm(request, reply, values, errors, 400);

      const form = parsed.data;
      const submission: FormSubmission = {
        email: form.email,
        name: form.name,
        problemType: form.problem_type,
        certificates: form.certificates,
        description: form.description,
        proof: form.proof,
        proofSignature: form.proof_signature,
        files,
      };
      // The request processes its own report at once; if it dies first, the lease runs out
      // and the background worker files the report instead.
      const worker = `${config.instance}/form/${request.id}`;
      const now = clock();
      const id = await storeInbound(
        store,
        {
          channel: 'form',
          raw: encodeFormSubmission(submission),
          envelopeFrom: null,
          envelopeTo: null,
          remoteAddress: request.ip,
        },
        now,
        { worker, leaseMs: LEASE_MS },
      );
      const filed = await processStored({ store, config, worker }, id, now);
      app.services.kick();
      if (filed?.publicToken) return reply.redirect(`/report/${filed.publicToken}`, 303);
      return notice(
        request,
        reply,
        'Report received',
        html`<p>
          We received and stored your report (reference ${id}). Its case number will reach your e-mail address
          within minutes.
        </p>`,
        202,
      );
    },
  );

  app.get('/report/:token', async (request, reply) => {
    const token = (request.params as { token?: string }).token ?? '';
    const kase = TOKEN.test(token)
      ? await store.db.selectFrom('cases').selectAll().where('public_token', '=', token).executeTakeFirst()
      : undefined;
    if (!kase)
      return notice(
        request,
        reply,
        'No such report',
        html`<p>There is no report at this address. <a href="/">Report a certificate problem</a>.</p>`,
        404,
      );
    const due = (await clocksOf(store.db, kase)).find(
      (d) => d.key === 'cpr.preliminary-report' && d.metAt === null,
    );
    reply.header('x-robots-tag', 'noindex');
    return sendPage(
      request,
      reply,
      `Report received: ${formatCaseNumber(kase.id)}`,
      confirmationView({
        caseNumber: formatCaseNumber(kase.id),
        receivedAt: kase.received_at,
        understood: await loadUnderstood(store.db, kase.id),
        preliminaryReport: kase.status === 'open' ? (due ?? null) : null,
        dismissed: kase.triage === 'dismissed',
      }),
    );
  });
}

function notice(request: FastifyRequest, reply: FastifyReply, title: string, body: Html, status: number) {
  return sendPage(request, reply, title, body, status);
}

/** The text fields as posted, for validation and for showing the form again. */
function postedValues(body: unknown): ReportValues {
  const posted = (body ?? {}) as Record<string, unknown>;
  const values: ReportValues = {};
  for (const key of TEXT_FIELDS) {
    const value = posted[key];
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

/**
 * Reads a multipart post into request.body as it goes, so the fields read
 * before a limit is hit can still be shown again. Each field keeps its first
 * value; the plugin's limits (file size, file and field counts) and the total
 * below raise 413.
 */
async function readMultipart(request: FastifyRequest, maxBytes: number): Promise<void> {
  const evidence: Upload[] = [];
  const body: Posted = { evidence };
  request.body = body;
  let total = 0;
  const tooLarge = (): never => {
    throw Object.assign(new Error('The report is too large.'), {
      statusCode: 413,
      code: 'VIGIL_FORM_TOO_LARGE',
    });
  };
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      total += content.length;
      if (total > maxBytes) tooLarge();
      if (part.filename === '' && content.length === 0) continue; // the file input left empty
      evidence.push({ filename: part.filename, contentType: part.mimetype, content });
    } else {
      const value = typeof part.value === 'string' ? part.value : String(part.value);
      total += Buffer.byteLength(value);
      if (total > maxBytes) tooLarge();
      if (!(part.fieldname in body)) body[part.fieldname] = value;
    }
  }
}
