/** The text area of a draft, shared by the new-comment form and the author's edit form. */
import { MAX_COMMENT_CHARS } from '../../bugzilla/drafts.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';

export function draftTextForm(
  action: string,
  csrf: string,
  body: string,
  button: string,
  hint: string,
): Html {
  return html`<form method="post" action="${action}">
    ${csrfField(csrf)}
    <label for="draft-body"
      >Comment (Markdown, as Bugzilla will show it) <span class="hint">${hint}</span></label
    >
    <textarea id="draft-body" name="body" rows="16" required maxlength="${MAX_COMMENT_CHARS}">${body}</textarea>
    <button type="submit">${button}</button>
  </form>`;
}

/** A new comment for any bug, synced or not: it waits for a second person's approval. */
export function newCommentView(
  bug: { readonly id: number; readonly summary: string | null; readonly url: string },
  csrf: string,
  body: string,
  error: string | null,
): Html {
  return html`${error ? html`<p class="errors" role="alert">${error}</p>` : ''}
    <p>
      For <a href="${bug.url}">bug ${bug.id}</a>${bug.summary ? html`: ${bug.summary}` : ''}. Nothing is posted
      until a reviewer other than you approves the text.
    </p>
    ${draftTextForm(`/bugs/${bug.id}/drafts`, csrf, body, 'Save the draft', 'Saved for review, not posted.')}`;
}
