/** The forms of every case action; each posts to /cases/:id/<action> with the CSRF token. */
import type { ReportCopy } from '../../alerts/facts.js';
import { REVOCATION_REASONS } from '../../rules/index.js';
import type { User } from '../../store/schema.js';
import { hasRole } from '../../users/roles.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';
import type { CaseDetail } from './caseDetail.js';

export interface ReportState {
  readonly subject: string;
  readonly body: string;
  readonly authorId: number;
  readonly author: string;
  readonly approver: string | null;
  readonly approvedAt: number | null;
  /** When its copies were queued. */
  readonly sentAt: number | null;
  readonly recipients: string;
  /** Each recipient's copy as the outbox holds it: whether the relay took it. */
  readonly copies: readonly ReportCopy[];
  /** updated_at: what an approval names, so it covers exactly the text read. */
  readonly version: number;
}

function form(caseId: number, action: string, csrf: string, body: Html, button: string): Html {
  return html`<form method="post" action="/cases/${caseId}/${action}">
    ${csrfField(csrf)} ${body}
    <button type="submit">${button}</button>
  </form>`;
}

function userOptions(users: readonly User[], selected: number | null, none: string): Html {
  return html`<option value="">${none}</option>
    ${users.map((u) => html`<option value="${u.id}" ${u.id === selected ? html` selected` : ''}>${u.display_name} (${u.email})</option>`)}`;
}

/** One copy's state: the relay took it (the time that counts for BR 4.9.5), it waits, or it was refused. */
function copyState(copy: ReportCopy): Html {
  if (copy.state === 'sent') return html`<span class="state-ok">sent ${formatTime(copy.sent_at)}</span>`;
  if (copy.state === 'dead')
    return html`<strong class="error">refused: ${copy.last_error ?? 'no reason given'}</strong>`;
  return html`<span class="state-due_soon">queued ${formatTime(copy.created_at)}</span>${
    copy.attempts > 0
      ? html`; ${copy.attempts} attempt${copy.attempts === 1 ? '' : 's'} so far, last: ${copy.last_error ?? ''}`
      : ''
  }`;
}

/** Where each copy of a sent report stands, with a warning when one will never arrive. */
function delivery(copies: readonly ReportCopy[]): Html {
  const refused = copies.filter((c) => c.state === 'dead').map((c) => c.recipients);
  return html`${
    refused.length > 0
      ? html`<p class="errors" role="alert">
          <strong>The report did not reach ${refused.join(' and ')}:</strong> the mail relay refused it. BR
          4.9.5 needs it delivered to the reporter and the subscriber, so the clock keeps running and its
          alerts continue until it is.
        </p>`
      : ''
  }
    <ul class="delivery">
      ${copies.map((c) => html`<li>${c.recipients}: ${copyState(c)}</li>`)}
    </ul>`;
}

function reportSection(detail: CaseDetail, viewer: User, csrf: string): Html {
  const id = detail.case.id;
  const r = detail.report;
  const closed = detail.case.status === 'closed';
  if (!r) {
    return closed
      ? html`<p>No preliminary report was written.</p>`
      : form(
          id,
          'report/draft',
          csrf,
          html`<p>
            No preliminary report yet. Start from the template, which fills in what the case knows.
          </p>`,
          'Draft from the template',
        );
  }
  const status = r.sentAt
    ? html`<p>
          Queued for sending ${formatTime(r.sentAt)} to ${r.recipients}; approved by ${r.approver}
          ${formatTime(r.approvedAt)}; written by ${r.author}.
        </p>
        ${delivery(r.copies)}`
    : r.approvedAt
      ? html`<p class="state-ok">
          Approved by ${r.approver} ${formatTime(r.approvedAt)}; written by ${r.author}. Ready to send.
        </p>`
      : html`<p class="state-due_soon">
          Written by ${r.author}; waiting for approval by a reviewer who did not write it.
        </p>`;
  if (r.sentAt)
    return html`${status}
      <h3>${r.subject}</h3>
      <pre>${r.body}</pre>`;
  const mayApprove = hasRole(viewer.role, 'reviewer') && viewer.id !== r.authorId && !r.approvedAt;
  return html`${status}
  ${form(
    id,
    'report/edit',
    csrf,
    html`<label for="report-subject">Subject</label>
      <input type="text" id="report-subject" name="subject" value="${r.subject}" required maxlength="300" />
      <label for="report-body"
        >Report
        <span class="hint">Replace every [[…]] placeholder. Saving withdraws an approval.</span></label
      >
      <textarea id="report-body" name="body" rows="20" required>${r.body}</textarea>`,
    'Save the report',
  )}
  ${mayApprove ? form(id, 'report/approve', csrf, html`<input type="hidden" name="version" value="${r.version}" />`, 'Approve this text') : ''}
  ${r.approvedAt ? form(id, 'report/send', csrf, html`<p>Sends the report to the reporter and to the subscriber contact.</p>`, 'Send the preliminary report') : ''}`;
}

export function actionForms(detail: CaseDetail, viewer: User, csrf: string, now: number): Html {
  const c = detail.case;
  const note = form(
    c.id,
    'notes',
    csrf,
    html`<label for="note">Add a note</label
      ><textarea id="note" name="body" required maxlength="20000"></textarea>`,
    'Add the note',
  );
  if (c.status === 'closed')
    return html`${note}
      <h2 id="report">Preliminary report</h2>
      ${reportSection(detail, viewer, csrf)}`;
  return html`${note}
    <h2 id="report">Preliminary report (BR 4.9.5)</h2>
    ${reportSection(detail, viewer, csrf)}
    <h2 id="actions">Actions</h2>
    <h3>Owners</h3>
    ${form(
      c.id,
      'assign',
      csrf,
      html`<label for="owner">Owner</label
        ><select id="owner" name="owner">
          ${userOptions(detail.users, c.owner_id, 'Nobody')}
        </select>
        <label for="co-owner">Co-owner</label
        ><select id="co-owner" name="co_owner">
          ${userOptions(detail.users, c.co_owner_id, 'Nobody')}
        </select>`,
      'Assign',
    )}
    <h3>Triage</h3>
    ${form(
      c.id,
      'triage',
      csrf,
      html`<fieldset>
          <legend>Is this a certificate problem report?</legend>
          <label><input type="radio" name="triage" value="confirmed" required /> Yes: confirm it</label>
          <label
            ><input type="radio" name="triage" value="dismissed" /> No: dismiss it (stops its clocks)</label
          >
        </fieldset>
        <label for="triage-reason">Why</label
        ><textarea id="triage-reason" name="reason" required maxlength="20000"></textarea>`,
      'Record the decision',
    )}
    <h3>Subscriber contact</h3>
    ${form(
      c.id,
      'subscriber-contact',
      csrf,
      html`<label for="contact"
          >E-mail address of the subscriber
          <span class="hint">The preliminary report goes to them too.</span></label
        >
        <input type="email" id="contact" name="contact" value="${c.subscriber_contact ?? ''}" required />`,
      'Save the contact',
    )}
    <h3>Revocation</h3>
    ${form(
      c.id,
      'revocation',
      csrf,
      html`<label for="reason"
          >Reason (BR 4.9.1.1)
          <span class="hint">Sets the revocation deadline and the CRL reason code.</span></label
        >
        <select id="reason" name="reason" required>
          <option value="">Choose…</option>
          ${REVOCATION_REASONS.map(
            (r) =>
              html`<option value="${r.number}" ${c.revocation_reason === r.number ? html` selected` : ''}>
                ${r.number}. ${r.label} (${r.clock === 'revocation.24h' ? '24 h' : '5 days'};
                ${r.crlReason.name})
              </option>`,
          )}
        </select>
        <label
          ><input
            type="checkbox"
            name="subordinate_ca"
            value="1"
            ${c.revocation_subordinate_ca ? html` checked` : ''}
          />
          A subordinate CA certificate (BR 4.9.1.2: 7 days)</label
        >`,
      'Decide',
    )}
    ${form(
      c.id,
      'revocation-published',
      csrf,
      html`<label for="published-at"
          >Revocation published at (UTC)
          <span class="hint">When the revocation appeared in the CRL or OCSP responses.</span></label
        >
        <input
          type="datetime-local"
          id="published-at"
          name="published_at"
          step="60"
          required
          max="${new Date(now).toISOString().slice(0, 16)}"
        />`,
      'Record the publication',
    )}
    <h3>Close</h3>
    ${form(c.id, 'close', csrf, html`<p>Closing needs the case dismissed, or the preliminary report delivered to every recipient and any revocation published.</p>`, 'Close the case')}`;
}
