/** Drafts by where they stand: waiting for review, approved, failed, posted. */
import type { BugDraft, DraftState } from '../../store/incidentSchema.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { KIND_LABELS } from './draftDetail.js';
import { dataTable } from './table.js';

export interface DraftListRow {
  readonly draft: BugDraft;
  readonly author: string;
}

const SECTIONS: readonly { state: DraftState; title: string; empty: string }[] = [
  { state: 'draft', title: 'Waiting for review', empty: 'Nothing waits for review.' },
  { state: 'approved', title: 'Approved, to be posted', empty: 'Nothing waits to be posted.' },
  { state: 'failed', title: 'Failed', empty: 'No post failed.' },
  { state: 'posted', title: 'Posted', empty: 'Nothing posted yet.' },
];

export function draftListView(rows: readonly DraftListRow[], canPost: boolean): Html {
  return html`${
    canPost
      ? ''
      : html`<p class="error">
          No Bugzilla API key is configured (VIGIL_BUGZILLA_API_KEY): approved drafts wait until one is.
        </p>`
  }
  ${SECTIONS.map(({ state, title, empty }) => {
    const these = rows.filter((r) => r.draft.state === state);
    return html`<h2 id="${state}">${title}</h2>
      ${
        these.length === 0
          ? html`<p>${empty}</p>`
          : dataTable(
              [
                ['Draft', (r) => html`<a href="/drafts/${r.draft.id}">#${r.draft.id}</a>`],
                ['Bug', (r) => r.draft.bug_id],
                ['Kind', (r) => KIND_LABELS[r.draft.kind]],
                ['Author', (r) => r.author],
                ['Changed', (r) => formatTime(r.draft.posted_at ?? r.draft.updated_at)],
                ['Note', (r) => r.draft.last_error ?? ''],
              ],
              these,
            )
      }`;
  })}`;
}
