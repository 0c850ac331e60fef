/** One draft: its Markdown, who wrote and approved it, where posting stands, and what the viewer may do. */
import { APPROVER_ROLES } from '../../bugzilla/drafts.js';
import type { BugDraft } from '../../store/incidentSchema.js';
import type { User } from '../../store/schema.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';
import { draftTextForm } from './draftForm.js';

export interface DraftDetail {
  readonly draft: BugDraft;
  readonly author: string;
  readonly approver: string | null;
  readonly bugSummary: string | null;
  readonly incident: { readonly id: number; readonly title: string } | null;
}

export interface BugzillaLinks {
  /** The bug on the configured Bugzilla. */
  readonly bugUrl: string;
  /** Whether an API key is configured: without one approved drafts wait. */
  readonly canPost: boolean;
}

export const KIND_LABELS: Record<BugDraft['kind'], string> = {
  comment: 'Comment',
  preliminary: 'Preliminary Incident Report',
  full: 'Full Incident Report',
  closure: 'Closure Summary',
};

function status(d: DraftDetail, links: BugzillaLinks): Html {
  const { draft } = d;
  switch (draft.state) {
    case 'draft':
      return html`<p class="state-due_soon" id="draft-state">
        Written by ${d.author}; waiting for approval by a reviewer who did not write it. Nothing is posted until
        then.
      </p>`;
    case 'approved':
      return html`<p class="state-ok" id="draft-state">
          Approved by ${d.approver} ${formatTime(draft.approved_at)}; written by ${d.author}. Waiting to be posted.
        </p>
        ${
          links.canPost
            ? ''
            : html`<p class="error">
                No Bugzilla API key is configured (VIGIL_BUGZILLA_API_KEY): approved drafts wait until one is.
              </p>`
        }
        ${
          draft.last_error
            ? html`<p class="error">
                The last try failed: ${draft.last_error}. Next try ${formatTime(draft.next_attempt_at)}.
              </p>`
            : ''
        }`;
    case 'posted':
      return html`<p class="state-ok" id="draft-state">
        Posted ${formatTime(draft.posted_at)} to <a href="${links.bugUrl}">bug ${draft.bug_id}</a> as comment id
        ${draft.comment_id}; written by ${d.author}, approved by ${d.approver}.
      </p>`;
    case 'failed':
      return html`<p class="state-overdue" id="draft-state">
        Posting failed: ${draft.last_error}. A reviewer who did not write it may approve it again to try once
        more.
      </p>`;
  }
}

export function draftDetailView(
  d: DraftDetail,
  viewer: User,
  csrf: string,
  links: BugzillaLinks,
  error: string | null,
): Html {
  const { draft } = d;
  const mayApprove =
    APPROVER_ROLES.includes(viewer.role) &&
    viewer.id !== draft.author_id &&
    (draft.state === 'draft' || draft.state === 'failed');
  const mayEdit = viewer.id === draft.author_id && draft.state !== 'posted';
  return html`${error ? html`<p class="errors" role="alert">${error}</p>` : ''}
    <p>
      ${KIND_LABELS[draft.kind]} for <a href="${links.bugUrl}">bug ${draft.bug_id}</a>${
        d.bugSummary ? html`: ${d.bugSummary}` : ''
      }${d.incident ? html` (incident <a href="/incidents/${d.incident.id}">${d.incident.title}</a>)` : ''}.
    </p>
    ${status(d, links)}
    ${
      mayApprove
        ? html`<form method="post" action="/drafts/${draft.id}/approve">
            ${csrfField(csrf)}
            <input type="hidden" name="version" value="${draft.updated_at}" />
            <button type="submit">Approve and post</button>
          </form>`
        : ''
    }
    <h2>Text</h2>
    <pre id="draft-text">${draft.body}</pre>
    ${
      mayEdit
        ? draftTextForm(
            `/drafts/${draft.id}/edit`,
            csrf,
            draft.body,
            'Save the text',
            draft.state === 'draft'
              ? ''
              : 'Saving takes the approval away: the reviewer approved other words.',
          )
        : ''
    }`;
}
