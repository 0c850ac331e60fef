/** The incident register: every incident with its bug, owner, state and the clock due next; and the new-incident form. */
import type { SubjectClock } from '../../incidents/delays.js';
import type { Incident } from '../../store/incidentSchema.js';
import type { User } from '../../store/schema.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';
import { countdown } from './clocks.js';
import { dataTable } from './table.js';

export interface IncidentRow {
  readonly incident: Incident;
  readonly next: SubjectClock | null;
}

export const userName = (users: readonly User[], id: number | null): string | null =>
  id === null ? null : (users.find((u) => u.id === id)?.display_name ?? `#${id}`);

export const bugLink = (bugId: number | null): Html | string =>
  bugId === null
    ? '—'
    : html`<a href="https://bugzilla.mozilla.org/show_bug.cgi?id=${bugId}">Bug ${bugId}</a>`;

export function incidentListView(rows: readonly IncidentRow[], users: readonly User[], now: number): Html {
  return html`<p><a href="/incidents/new">New incident</a></p>
    ${
      rows.length === 0
        ? html`<p>No incidents yet.</p>`
        : dataTable(
            [
              ['Incident', (r) => html`<a href="/incidents/${r.incident.id}">${r.incident.title}</a>`],
              ['Bug', (r) => bugLink(r.incident.bug_id)],
              ['Owner', (r) => userName(users, r.incident.owner_id) ?? 'nobody yet'],
              ['State', (r) => r.incident.status],
              [
                'Next clock',
                (r) =>
                  r.next === null
                    ? '—'
                    : html`${r.next.subject}: ${r.next.deadline.label}<br />${countdown(r.next.deadline, now)}`,
              ],
            ],
            rows,
          )
    }`;
}

export function userOptions(users: readonly User[], selected: number | null, none: string): Html {
  return html`<option value="">${none}</option>
    ${users.map((u) => html`<option value="${u.id}" ${u.id === selected ? html` selected` : ''}>${u.display_name} (${u.email})</option>`)}`;
}

/** A time for a datetime-local field, which the page labels UTC. */
export const utcInput = (ms: number): string => new Date(ms).toISOString().slice(0, 16);

/** Title, awareness, bug, revocation delay and cases: the same fields create and edit. */
export function incidentFields(values: {
  title: string;
  awareAt: number;
  bugId: number | null;
  revocationDelay: boolean;
  caseIds: readonly number[];
}): Html {
  return html`<label for="title">Title <span class="hint">as in the bug summary after "CA Owner:"</span></label>
    <input type="text" id="title" name="title" value="${values.title}" required maxlength="300" />
    <label for="aware_at">Became aware (UTC)</label>
    <input type="datetime-local" id="aware_at" name="aware_at" value="${utcInput(values.awareAt)}" required />
    <label for="bug_id">Bugzilla bug</label>
    <input type="text" id="bug_id" name="bug_id" value="${values.bugId ?? ''}" inputmode="numeric" />
    <label for="case_ids">Linked CPR cases <span class="hint">case ids, e.g. 12, 14</span></label>
    <input type="text" id="case_ids" name="case_ids" value="${values.caseIds.join(', ')}" />
    <label
      ><input type="checkbox" name="revocation_delay" value="1" ${values.revocationDelay ? html` checked` : ''} />
      Revocation delay</label
    >`;
}

export function newIncidentView(
  users: readonly User[],
  csrf: string,
  now: number,
  error: string | null,
): Html {
  return html`${error ? html`<p class="errors" role="alert">${error}</p>` : ''}
    <form method="post" action="/incidents">
      ${csrfField(csrf)}
      ${incidentFields({ title: '', awareAt: now, bugId: null, revocationDelay: false, caseIds: [] })}
      <label for="owner">Owner</label>
      <select id="owner" name="owner">
        ${userOptions(users, null, 'Nobody yet')}
      </select>
      <label for="co_owner">Co-owner</label>
      <select id="co_owner" name="co_owner">
        ${userOptions(users, null, 'Nobody yet')}
      </select>
      <button type="submit">Open the incident</button>
    </form>
    <p class="hint">Times are UTC. Now: ${formatTime(now)}.</p>`;
}
