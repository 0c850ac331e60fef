/**
 * One incident: its details and owners, the IRG 3.2 report as form fields, the action items, the
 * timeline (import, edit, exclude, add), the delays with their attribution to contributing factors,
 * what the validation still finds, and the links that render each template.
 */
import { ACTION_ITEM_KINDS, ACTION_ITEM_STATUSES } from '../../incidents/actionItems.js';
import type { Delay } from '../../incidents/delays.js';
import type { LoadedIncident } from '../../incidents/register.js';
import { type ReportKind, timelineTime, utcDate } from '../../incidents/render.js';
import type { ReportProblem } from '../../incidents/validate.js';
import { formatDuration } from '../../rules/index.js';
import type { ActionItem } from '../../store/incidentSchema.js';
import type { User } from '../../store/schema.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';
import { bugLink, incidentFields, userName, userOptions } from './incidentList.js';
import { reportForm } from './incidentReportForm.js';
import { dataTable } from './table.js';

export interface IncidentPage {
  readonly loaded: LoadedIncident;
  readonly users: readonly User[];
  readonly delays: readonly Delay[];
  readonly problems: Readonly<Record<ReportKind, readonly ReportProblem[]>>;
}

export const KIND_LABELS: Record<ReportKind, string> = {
  preliminary: 'Preliminary',
  full: 'Full',
  closure: 'Closure',
};

function post(action: string, csrf: string, body: Html, button: string, inline = false): Html {
  return html`<form method="post" action="${action}" ${inline ? html` class="inline"` : ''}>
    ${csrfField(csrf)} ${body}
    <button type="submit">${button}</button>
  </form>`;
}

function actionItemFields(item: ActionItem | null, prefix: string): Html {
  const id = (name: string) => `${prefix}-${name}`;
  return html`<label for="${id('description')}">Action item</label>
    <textarea id="${id('description')}" name="description" rows="2" required>${item?.description ?? ''}</textarea>
    <label for="${id('kind')}">Kind</label>
    <select id="${id('kind')}" name="kind">
      ${ACTION_ITEM_KINDS.map((k) => html`<option${k === item?.kind ? html` selected` : ''}>${k}</option>`)}
    </select>
    <label for="${id('root_causes')}">Corresponding root cause(s) <span class="hint">numbers, e.g. 1, 3</span></label>
    <input type="text" id="${id('root_causes')}" name="root_causes" value="${item?.root_causes ?? ''}" />
    <label for="${id('criteria')}">Evaluation criteria</label>
    <textarea id="${id('criteria')}" name="evaluation_criteria" rows="2">${item?.evaluation_criteria ?? ''}</textarea>
    <label for="${id('due')}">Due date (UTC)</label>
    <input type="date" id="${id('due')}" name="due" value="${item?.due_at == null ? '' : utcDate(item.due_at)}" />
    <label for="${id('status')}">Status</label>
    <select id="${id('status')}" name="status">
      ${ACTION_ITEM_STATUSES.map((s) => html`<option${s === item?.status ? html` selected` : ''}>${s}</option>`)}
    </select>`;
}

function actionItemsSection(p: IncidentPage, csrf: string): Html {
  const id = p.loaded.incident.id;
  const items = p.loaded.actionItems;
  return html`<section id="action-items">
    <h2>Action items</h2>
    ${
      items.length === 0
        ? html`<p>No action items yet.</p>`
        : dataTable(
            [
              ['#', (a) => a.number],
              ['Action item', (a) => a.description],
              ['Kind', (a) => a.kind],
              ['Root causes', (a) => a.root_causes || '—'],
              ['Evaluation criteria', (a) => a.evaluation_criteria || '—'],
              ['Due', (a) => (a.due_at === null ? '—' : utcDate(a.due_at))],
              ['Status', (a) => a.status],
              [
                'Edit',
                (a) =>
                  html`<details>
                    <summary>Edit</summary>
                    ${post(`/incidents/${id}/action-items/${a.number}`, csrf, actionItemFields(a, `ai${a.number}`), 'Save')}
                  </details>`,
              ],
            ],
            items,
          )
    }
    <details>
      <summary>Add an action item</summary>
      ${post(`/incidents/${id}/action-items`, csrf, actionItemFields(null, 'ai-new'), 'Add the action item')}
    </details>
  </section>`;
}

function timelineSection(p: IncidentPage, csrf: string): Html {
  const id = p.loaded.incident.id;
  return html`<section id="timeline">
    <h2>Timeline</h2>
    ${post(
      `/incidents/${id}/timeline/import`,
      csrf,
      html`<p class="hint">
        Adds what is new from the linked cases, the bug's comments and whiteboard and needinfo changes, action-item
        changes and posted reports. Edited and excluded entries stay as they are.
      </p>`,
      'Import from the facts',
    )}
    ${
      p.loaded.timeline.length === 0
        ? html`<p>No entries yet.</p>`
        : dataTable(
            [
              ['Time (UTC)', (e) => timelineTime(e.at)],
              ['Source', (e) => e.source],
              [
                'Entry',
                (e) =>
                  post(
                    `/incidents/${id}/timeline/${e.id}/edit`,
                    csrf,
                    html`<label for="entry-${e.id}" class="hint">Text${e.root_cause === null ? '' : `, delay attributed to factor #${e.root_cause}`}</label>
                      <textarea id="entry-${e.id}" name="text" rows="2">${e.text}</textarea>`,
                    'Save',
                  ),
              ],
              [
                'In the report',
                (e) =>
                  post(
                    `/incidents/${id}/timeline/${e.id}/include`,
                    csrf,
                    html`<input type="hidden" name="included" value="${e.included === 1 ? '0' : '1'}" />${e.included === 1 ? 'yes ' : 'no '}`,
                    e.included === 1 ? 'Exclude' : 'Include',
                    true,
                  ),
              ],
            ],
            p.loaded.timeline,
            (e) => (e.included === 1 ? '' : 'excluded'),
          )
    }
    <details>
      <summary>Add an entry by hand</summary>
      ${post(
        `/incidents/${id}/timeline/add`,
        csrf,
        html`<label for="entry-at">Time (UTC)</label>
          <input type="datetime-local" id="entry-at" name="at" required />
          <label for="entry-text">What happened</label>
          <textarea id="entry-text" name="text" rows="2" required></textarea>`,
        'Add the entry',
      )}
    </details>
  </section>`;
}

function delaysSection(p: IncidentPage, csrf: string): Html {
  const id = p.loaded.incident.id;
  const factors = p.loaded.report.rootCauses;
  const attributed = new Map(p.loaded.timeline.map((e) => [e.source_key, e.root_cause]));
  return html`<section id="delays">
    <h2>Delays</h2>
    ${
      p.delays.length === 0
        ? html`<p>No clock of this incident was met late or is overdue.</p>`
        : dataTable(
            [
              [
                'Clock',
                (d) =>
                  html`${d.subject}: ${d.deadline.label}<br /><span class="hint">${d.deadline.obligation}</span>`,
              ],
              [
                'Rule',
                (d) =>
                  html`<strong>${d.deadline.rule}</strong><br /><span class="hint">${d.deadline.citation}</span>`,
              ],
              ['Due', (d) => formatTime(d.deadline.dueAt)],
              ['Met', (d) => (d.deadline.metAt === null ? 'not yet' : formatTime(d.deadline.metAt))],
              ['Late by', (d) => html`<span class="state-${d.state}">${formatDuration(d.lateBy)}</span>`],
              [
                'Root cause',
                (d) =>
                  post(
                    `/incidents/${id}/delays/attribute`,
                    csrf,
                    html`<input type="hidden" name="key" value="${d.key}" />
                      <label class="hint" for="delay-${d.key}">Contributing factor</label>
                      <select id="delay-${d.key}" name="root_cause">
                        <option value="">not attributed</option>
                        ${factors.map(
                          (f, i) =>
                            html`<option value="${i + 1}" ${attributed.get(d.key) === i + 1 ? html` selected` : ''}>#${i + 1} ${f.title}</option>`,
                        )}
                      </select>`,
                    'Attribute',
                  ),
              ],
            ],
            p.delays,
          )
    }
  </section>`;
}

function problemsSection(p: IncidentPage): Html {
  const id = p.loaded.incident.id;
  return html`<section id="render">
    <h2>Render for Bugzilla</h2>
    ${(['preliminary', 'full', 'closure'] as const).map(
      (kind) => html`<h3><a href="/incidents/${id}/render/${kind}">Render ${KIND_LABELS[kind]}</a></h3>
        ${
          p.problems[kind].length === 0
            ? html`<p class="state-ok">Nothing missing.</p>`
            : html`<ul class="problems">
                ${p.problems[kind].map((x) => html`<li><code>${x.field}</code>: ${x.problem}</li>`)}
              </ul>`
        }`,
    )}
  </section>`;
}

export function incidentDetailView(p: IncidentPage, csrf: string, error: string | null): Html {
  const { incident, report, caseIds } = p.loaded;
  const id = incident.id;
  return html`${error ? html`<p class="errors" role="alert">${error}</p>` : ''}
    <p>
      ${bugLink(incident.bug_id)} · ${incident.status} · aware ${formatTime(incident.aware_at)} · owner
      ${userName(p.users, incident.owner_id) ?? 'nobody yet'}, co-owner ${userName(p.users, incident.co_owner_id) ?? 'nobody yet'}
      ${incident.revocation_delay === 1 ? html` · <strong>revocation delay</strong>` : ''}
    </p>
    <p>
      Posted: preliminary ${formatTime(incident.preliminary_posted_at)}, full ${formatTime(incident.full_posted_at)},
      closure ${formatTime(incident.closure_posted_at)}
    </p>
    <details>
      <summary>Details and owners</summary>
      ${post(
        `/incidents/${id}/details`,
        csrf,
        incidentFields({
          title: incident.title,
          awareAt: incident.aware_at,
          bugId: incident.bug_id,
          revocationDelay: incident.revocation_delay === 1,
          caseIds,
        }),
        'Save the details',
      )}
      ${post(
        `/incidents/${id}/owners`,
        csrf,
        html`<label for="owner">Owner</label>
          <select id="owner" name="owner">
            ${userOptions(p.users, incident.owner_id, 'Nobody yet')}
          </select>
          <label for="co_owner">Co-owner</label>
          <select id="co_owner" name="co_owner">
            ${userOptions(p.users, incident.co_owner_id, 'Nobody yet')}
          </select>`,
        'Save the owners',
      )}
    </details>
    ${problemsSection(p)}
    <section id="report">
      <h2>Report</h2>
      ${reportForm(id, report, csrf)}
    </section>
    ${actionItemsSection(p, csrf)} ${timelineSection(p, csrf)} ${delaysSection(p, csrf)}
    <p class="hint">Times are UTC. Linked cases: ${caseIds.length === 0 ? 'none' : caseIds.map((c) => html`<a href="/cases/${c}">${c}</a> `)}</p>
`;
}
