/**
 * The public problem-report form and its confirmation page. Plain HTML that
 * works without JavaScript: a label for every field, each error next to its
 * field (aria-describedby) and listed at the top with a link to the field,
 * and the reporter's input kept when the form comes back with errors.
 */
import { certificateLine, type Understood } from '../../cpr/understood.js';
import { PROBLEM_TYPES } from '../../cpr/problemTypes.js';
import type { Deadline } from '../../rules/index.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';

/** The form's fields, in the order they are shown; all but the evidence files are text. */
export const REPORT_FIELDS = [
  'email',
  'name',
  'problem_type',
  'certificates',
  'description',
  'proof',
  'proof_signature',
  'evidence',
] as const;

export type ReportField = (typeof REPORT_FIELDS)[number];
export type TextField = Exclude<ReportField, 'evidence'>;
export const TEXT_FIELDS = REPORT_FIELDS.filter((f): f is TextField => f !== 'evidence');

export type ReportValues = Partial<Record<TextField, string>>;
export type ReportErrors = Partial<Record<ReportField, string>>;

const LABELS: Record<ReportField, string> = {
  email: 'Your e-mail address',
  name: 'Your name (optional)',
  problem_type: 'Kind of problem',
  certificates: 'Certificates concerned',
  description: 'What is wrong',
  proof: 'Proof of key compromise (optional)',
  proof_signature: 'Signature of the statement (optional)',
  evidence: 'Evidence files (optional)',
};

/** A size limit for people: "5 MiB", "64 KiB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.floor(bytes / (1024 * 1024))} MiB`
    : `${Math.floor(bytes / 1024)} KiB`;
}

export function reportFormView(options: {
  readonly csrfToken: string;
  readonly values: ReportValues;
  readonly errors: ReportErrors;
  readonly caName: string;
  readonly maxBytes: number;
}): Html {
  const { values: v, errors } = options;
  /**
   * A field: its label, hint and error each on a line of their own, then the control, which
   * `control` writes with the attributes that tie the hint and the error to it.
   */
  const field = (name: ReportField, hint: string | null, control: (described: Html) => Html) => {
    const error = errors[name];
    const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter((i) => i !== '').join(' ');
    return html`<div class="field">
      <label for="${name}">${LABELS[name]}</label>
      ${hint ? html`<span class="hint" id="${name}-hint">${hint}</span>` : ''}
      ${error ? html`<span class="error" id="${name}-error">${error}</span>` : ''}
      ${control(html`${ids ? html` aria-describedby="${ids}"` : ''}${error ? html` aria-invalid="true"` : ''}`)}
    </div>`;
  };
  // The newline after <textarea> is dropped by the parser, so text that starts with one keeps it.
  const textarea = (name: TextField, hint: string | null, attributes: Html) =>
    field(
      name,
      hint,
      (described) => html`<textarea id="${name}" name="${name}"${attributes}${described}>
${v[name] ?? ''}</textarea
      >`,
    );
  const input = (name: 'email' | 'name', hint: string | null, attributes: Html) =>
    field(
      name,
      hint,
      (described) =>
        html`<input id="${name}" name="${name}" value="${v[name] ?? ''}"${attributes}${described} />`,
    );
  const plain = html` spellcheck="false"`;
  const problems = Object.entries(errors) as [ReportField, string][];
  return html` <p>
      Report a certificate issued by ${options.caName} that is mis-issued, misused, or whose private key is
      compromised (a Certificate Problem Report, Baseline Requirements section 4.9.3). You get a case number
      by e-mail at once, and a preliminary report within 24 hours.
    </p>
    ${
      problems.length > 0
        ? html`<div class="errors" role="alert" tabindex="-1" id="problems">
            <p>
              <strong
                >Please correct
                ${problems.length === 1 ? 'this field' : `these ${problems.length} fields`}:</strong
              >
            </p>
            <ul>
              ${problems.map(([name, message]) => html`<li><a href="#${name}">${LABELS[name]}</a>: ${message}</li>`)}
            </ul>
          </div>`
        : ''
    }
    <form method="post" action="/report" enctype="multipart/form-data" novalidate>
      ${csrfField(options.csrfToken)}
      ${input(
        'email',
        'We send the case number and our reports here.',
        html` type="email" autocomplete="email" required maxlength="254"`,
      )}
      ${input('name', null, html` type="text" autocomplete="name" maxlength="200"`)}
      ${field(
        'problem_type',
        null,
        (described) =>
          html`<select id="problem_type" name="problem_type" required${described}>
            <option value="">Choose one</option>
            ${PROBLEM_TYPES.map(
              (p) =>
                html`<option value="${p.value}" ${v.problem_type === p.value ? html` selected` : ''}>
                  ${p.label}
                </option>`,
            )}
          </select>`,
      )}
      ${textarea(
        'certificates',
        'Paste PEM certificates, SHA-256 fingerprints, crt.sh IDs or links, or serial numbers with their issuer, one per line.',
        plain,
      )}
      ${textarea('description', null, html` required`)}
      <fieldset>
        <legend>Key compromise</legend>
        ${textarea(
          'proof',
          'For a compromised key: a CSR signed with that key, or a statement signed with it (give the signature below).',
          plain,
        )}
        ${textarea(
          'proof_signature',
          'Base64, e.g. from: openssl dgst -sha256 -sign key.pem statement.txt | base64',
          plain,
        )}
      </fieldset>
      ${field(
        'evidence',
        `Certificates or CSRs in PEM or DER, up to 5 files, ${formatBytes(options.maxBytes)} in all.`,
        (described) =>
          html`<input
            type="file"
            id="evidence"
            name="evidence"
            multiple
            accept=".pem,.crt,.cer,.der,.csr,.req,application/pkix-cert,application/x-pem-file,application/pkcs10"
            ${described}
          />`,
      )}
      <button type="submit">Send the report</button>
    </form>`;
}

export function confirmationView(options: {
  readonly caseNumber: string;
  readonly receivedAt: number;
  readonly understood: Understood;
  readonly preliminaryReport: Deadline | null;
  readonly dismissed: boolean;
}): Html {
  const { understood: u } = options;
  const due = options.preliminaryReport;
  return html` <p>
      Your report is case <strong>${options.caseNumber}</strong>, received ${formatTime(options.receivedAt)}.
      We sent the case number to your e-mail address; to add anything, reply to that e-mail and keep
      ${options.caseNumber} in the subject.
    </p>
    ${
      due
        ? html`<p>
            Under ${due.rule} of the Baseline Requirements, our preliminary report on it is due by
            <strong>${formatTime(due.dueAt)}</strong>.
          </p>`
        : ''
    }
    ${options.dismissed ? html`<p>Our automatic triage did not recognise a certificate problem in it; a person will read it.</p>` : ''}
    <h2>What we understood</h2>
    <ul>
      <li>
        Kind of problem: ${PROBLEM_TYPES.find((p) => p.value === u.problemType)?.label ?? 'not determined'}
      </li>
      ${u.certificates.map((c) => html`<li>${certificateLine(c)}</li>`)}
      ${u.certificates.length === 0 ? html`<li>No certificate: we found no certificate, fingerprint, crt.sh link or serial number. Please reply to our e-mail with them.</li>` : ''}
      ${u.proofs.map(
        (p) =>
          html`<li>
            Proof of key compromise (${p.method === 'csr' ? 'CSR' : 'signed statement'}):
            <strong class="${p.verified ? 'state-ok' : 'state-overdue'}"
              >${p.verified ? 'verified' : 'not verified'}</strong
            >. ${p.reason}
          </li>`,
      )}
    </ul>
    <p class="hint">
      Keep the address of this page if you want to see this again; it is not shown to anyone else.
    </p>`;
}
