/**
 * A rendered template: the Markdown to paste into the bug, what the validation still finds, and the
 * form that turns it into a draft for review before posting (the route is the review flow's).
 */
import type { ReportKind } from '../../incidents/render.js';
import type { ReportProblem } from '../../incidents/validate.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';

export function incidentRenderView(
  incidentId: number,
  kind: ReportKind,
  markdown: string,
  problems: readonly ReportProblem[],
  csrf: string,
  hasBug: boolean,
): Html {
  return html`<p><a href="/incidents/${incidentId}">Back to the incident</a></p>
    ${
      problems.length === 0
        ? html`<p class="state-ok">The validation finds nothing missing.</p>`
        : html`<div class="errors" role="alert">
            <p><strong>Fix these before posting:</strong></p>
            <ul>
              ${problems.map((p) => html`<li><code>${p.field}</code>: ${p.problem}</li>`)}
            </ul>
          </div>`
    }
    <label for="markdown">Markdown for Bugzilla</label>
    <textarea id="markdown" rows="30" readonly>${markdown}</textarea>
    <form method="post" action="/incidents/${incidentId}/drafts" id="create-draft">
      ${csrfField(csrf)}
      <input type="hidden" name="kind" value="${kind}" />
      <input type="hidden" name="body" value="${markdown}" />
      <p class="hint">
        ${hasBug ? 'A draft is posted to the bug only after someone other than its author approves it.' : 'Link the incident to its bug first.'}
      </p>
      <button type="submit" ${hasBug ? '' : html` disabled`}>Create draft from this report</button>
    </form>`;
}
