/** The queue of open cases, most urgent clock first. */
import { formatCaseNumber } from '../../cpr/subject.js';
import type { Deadline } from '../../rules/index.js';
import type { Case, Triage, User } from '../../store/schema.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { clockScript, countdown } from './clocks.js';
import { dataTable } from './table.js';

export interface QueueRow {
  readonly case: Case;
  readonly deadlines: readonly Deadline[];
}

export interface QueueFilter {
  /** A user id, 'none' for unowned cases, or null for all. */
  readonly owner: number | 'none' | null;
  readonly triage: Triage | null;
}

/** The earliest deadline still running; cases with none sort last, oldest first. */
function urgency(row: QueueRow): number {
  const running = row.deadlines.filter((d) => d.metAt === null).map((d) => d.dueAt);
  return running.length ? Math.min(...running) : Number.MAX_SAFE_INTEGER;
}

export function byUrgency(a: QueueRow, b: QueueRow): number {
  return urgency(a) - urgency(b) || a.case.received_at - b.case.received_at;
}

export const VERDICT_LABELS: Record<Case['verdict'], string> = {
  cpr: 'CPR',
  possible: 'possible CPR',
  not_cpr: 'not a CPR',
};

export function queueView(
  rows: readonly QueueRow[],
  users: readonly User[],
  filter: QueueFilter,
  now: number,
): Html {
  const name = (id: number | null) =>
    id === null ? null : (users.find((u) => u.id === id)?.display_name ?? `#${id}`);
  return html` <form method="get" action="/cases" class="filters">
      <label for="owner">Owner</label>
      <select id="owner" name="owner">
        <option value="">Anyone</option>
        <option value="none" ${filter.owner === 'none' ? html` selected` : ''}>Nobody yet</option>
        ${users.map((u) => html`<option value="${u.id}" ${filter.owner === u.id ? html` selected` : ''}>${u.display_name}</option>`)}
      </select>
      <label for="triage">Triage</label>
      <select id="triage" name="triage">
        <option value="">Any</option>
        ${(['suspected', 'confirmed', 'dismissed'] as const).map(
          (t) => html`<option value="${t}" ${filter.triage === t ? html` selected` : ''}>${t}</option>`,
        )}
      </select>
      <button type="submit">Filter</button>
    </form>
    <p>${rows.length} open case${rows.length === 1 ? '' : 's'}.</p>
    ${
      rows.length === 0
        ? ''
        : dataTable<QueueRow>(
            [
              [
                'Case',
                ({ case: c }) =>
                  html`<a href="/cases/${c.id}">${formatCaseNumber(c.id)}</a><br /><span class="hint"
                      >${c.subject.slice(0, 120)}</span
                    >`,
              ],
              ['Received', ({ case: c }) => formatTime(c.received_at)],
              ['Reporter', ({ case: c }) => c.reporter_email ?? '—'],
              ['Verdict · triage', ({ case: c }) => `${VERDICT_LABELS[c.verdict]} · ${c.triage}`],
              [
                'Owner',
                ({ case: c }) => {
                  const coOwner = name(c.co_owner_id);
                  return html`${name(c.owner_id) ?? html`<em>nobody</em>`}${coOwner ? html`<br /><span class="hint">co-owner ${coOwner}</span>` : ''}`;
                },
              ],
              [
                'Clocks',
                ({ deadlines }) =>
                  deadlines.length
                    ? deadlines.map((d) => html`<div>${d.label}: ${countdown(d, now)}</div>`)
                    : html`<span class="hint">no clock</span>`,
              ],
            ],
            rows,
          )
    }
    ${clockScript(now)}`;
}
