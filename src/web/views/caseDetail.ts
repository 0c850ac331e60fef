/**
 * One case, everything staff need to act within the clock: the clocks first,
 * then why it is (or might be) a CPR, what was sent, the certificates, the
 * evidence, the history, and a form for each action. Reporter text is only
 * ever shown escaped, raw mail as plain text.
 */
import { z } from 'zod';
import { problemTypeLabel } from '../../cpr/problemTypes.js';
import { formatCaseNumber } from '../../cpr/subject.js';
import { type Deadline, revocationReason } from '../../rules/index.js';
import type { AuditEntry, Case, CaseCertificate, InboundMessage, User } from '../../store/schema.js';
import { formatTime, parseJsonText } from '../format.js';
import { type Html, html } from '../html.js';
import { certificateView } from './certificate.js';
import { VERDICT_LABELS } from './caseQueue.js';
import { auditTable } from './audit.js';
import { actionForms, type ReportState } from './caseForms.js';
import { clockScript, deadlinesTable } from './clocks.js';
import { dataTable } from './table.js';

/** Enough of a raw message to read; the full bytes stay in the database. */
const RAW_SHOWN = 200_000;

export interface CaseDetail {
  readonly case: Case;
  readonly deadlines: readonly Deadline[];
  readonly messages: readonly InboundMessage[];
  readonly certificates: readonly CaseCertificate[];
  readonly evidence: readonly { method: string; verified: number; details: string; added_at: number }[];
  readonly notes: readonly { at: number; body: string; author: string }[];
  readonly report: ReportState | null;
  readonly timeline: readonly AuditEntry[];
  readonly users: readonly User[];
}

const Classification = z.object({
  score: z.number(),
  reasons: z.array(z.object({ reason: z.string(), evidence: z.string().optional(), weight: z.number() })),
});

const Evidence = z.object({ reason: z.string().optional(), matches: z.array(z.string()).optional() });

function classification(c: Case): Html {
  const parsed = Classification.safeParse(parseJsonText(c.classification));
  if (!parsed.success) return html`<pre>${c.classification}</pre>`;
  const { score, reasons } = parsed.data;
  return html`<p>
      The classifier says <strong>${VERDICT_LABELS[c.verdict]}</strong> (score ${score}).
      ${c.verdict !== 'not_cpr' && c.triage === 'suspected' ? 'It is handled as a CPR until someone confirms or dismisses it.' : ''}
    </p>
    ${
      reasons.length
        ? dataTable(
            [
              ['Signal', (r) => r.reason],
              ['Found', (r) => html`<q>${r.evidence ?? ''}</q>`],
              ['Weight', (r) => r.weight],
            ],
            reasons,
          )
        : html`<p>No signal was found.</p>`
    }`;
}

function summary(c: Case, users: readonly User[]): Html {
  const person = (id: number | null) =>
    id === null ? 'nobody' : (users.find((u) => u.id === id)?.display_name ?? `user #${id}`);
  const reason = c.revocation_reason === null ? null : revocationReason(c.revocation_reason);
  return html`<dl>
    <dt>Status</dt>
    <dd>${c.status}${c.closed_at !== null ? ` since ${formatTime(c.closed_at)}` : ''}</dd>
    <dt>Received</dt>
    <dd>${formatTime(c.received_at)} by ${c.channel}</dd>
    <dt>Reporter</dt>
    <dd>${c.reporter_name ? `${c.reporter_name} ` : ''}${c.reporter_email ?? 'unknown'}</dd>
    <dt>Subject</dt>
    <dd>${c.subject}</dd>
    <dt>Problem type</dt>
    <dd>${problemTypeLabel(c.problem_type)}</dd>
    <dt>Triage</dt>
    <dd>${c.triage}${c.triage_note ? html`: <q>${c.triage_note}</q>` : ''}</dd>
    <dt>Owner</dt>
    <dd>${person(c.owner_id)}; co-owner ${person(c.co_owner_id)}</dd>
    <dt>Subscriber contact</dt>
    <dd>${c.subscriber_contact ?? 'not set'}</dd>
    <dt>Revocation</dt>
    <dd>
      ${
        reason
          ? html`reason ${reason.number} of BR 4.9.1.1,
            ${reason.label}${c.revocation_subordinate_ca ? ' (subordinate CA)' : ''}; CRL reason
            ${reason.crlReason.name}${reason.crlReason.code === null ? ' (no reasonCode extension)' : ` (${reason.crlReason.code})`};
            decided ${formatTime(c.revocation_decided_at)}; published ${formatTime(c.revocation_published_at)}`
          : 'not decided'
      }
    </dd>
  </dl>`;
}

/**
 * Each message of the thread: what intake read from it (the first one's is the case's text), and
 * the raw bytes as text. A case without a stored message shows its text alone.
 */
function messages(c: Case, rows: readonly InboundMessage[]): Html {
  if (rows.length === 0) return html`<pre>${c.body}</pre>`;
  return html`${rows.map((m) => {
    const raw = Buffer.from(m.raw).subarray(0, RAW_SHOWN).toString('utf8');
    const from = m.from_address ?? m.envelope_from ?? m.remote_address ?? 'unknown sender';
    return html`<article>
        <h3>Message ${m.id}: ${m.subject ?? '(not read yet)'}</h3>
        <p class="hint">
          ${m.channel} from ${from}, ${formatTime(m.received_at)}, ${m.size} bytes, ${m.state}
        </p>
        ${m.text !== null ? html`<pre>${m.text}</pre>` : ''}
        <details>
          <summary>As received</summary>
          <pre>${raw}</pre>
          ${m.size > RAW_SHOWN ? html`<p class="hint">Shown: the first ${RAW_SHOWN} bytes.</p>` : ''}
        </details>
      </article>`;
  })}`;
}

function evidence(rows: CaseDetail['evidence']): Html {
  if (rows.length === 0) return html`<p>None submitted.</p>`;
  const outcome = (e: CaseDetail['evidence'][number]) => {
    const d = Evidence.safeParse(parseJsonText(e.details));
    if (!d.success) return html`<pre>${e.details}</pre>`;
    const matches = d.data.matches ?? [];
    return html`${d.data.reason ?? ''}${matches.length ? html`<br />Key of: ${matches.map((m) => html`<code>${m}</code> `)}` : ''}`;
  };
  return dataTable(
    [
      ['Method', (e) => e.method],
      [
        'Verified',
        (e) => html`<span class="${e.verified ? 'state-ok' : 'error'}">${e.verified ? 'yes' : 'no'}</span>`,
      ],
      ['Outcome', outcome],
      ['Added', (e) => formatTime(e.added_at)],
    ],
    rows,
  );
}

export function caseDetailView(
  detail: CaseDetail,
  viewer: User,
  csrfToken: string,
  now: number,
  error: string | null,
): Html {
  const c = detail.case;
  return html` ${error ? html`<p class="errors" role="alert">${error}</p>` : ''}
    <p><a href="/cases">← All open cases</a> · ${formatCaseNumber(c.id)}</p>
    <h2 id="clocks">Deadlines</h2>
    ${deadlinesTable(detail.deadlines, now)}
    <h2 id="case">The case</h2>
    ${summary(c, detail.users)}
    <h2 id="why">Why this may be a CPR</h2>
    ${classification(c)}
    <h2 id="messages">Messages</h2>
    ${messages(c, detail.messages)}
    <h2 id="certificates">Certificates</h2>
    ${detail.certificates.length ? detail.certificates.map(certificateView) : html`<p>No certificate was found in the report.</p>`}
    <h2 id="evidence">Key-compromise evidence</h2>
    ${evidence(detail.evidence)}
    <h2 id="notes">Notes</h2>
    ${detail.notes.map(
      (n) =>
        html`<article>
          <p class="hint">${n.author}, ${formatTime(n.at)}</p>
          <pre>${n.body}</pre>
        </article>`,
    )}
    ${actionForms(detail, viewer, csrfToken, now)}
    <h2 id="timeline">History</h2>
    ${auditTable(detail.timeline, { subjects: false })} ${clockScript(now)}`;
}
