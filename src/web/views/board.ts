/** The deadline board: every open clock in one table, most urgent first, state in colour and in words. */
import { type OpenClock, asDeadline } from '../../alerts/clocks.js';
import type { User } from '../../store/schema.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { clockScript, countdown } from './clocks.js';
import { dataTable } from './table.js';

/** A user id, 'none' for clocks nobody owns, or null for all. */
export type OwnerFilter = number | 'none' | null;

/** The words beside the colour, so the state reads without it. */
export const STATE_LABEL: Record<OpenClock['state'], string> = {
  ok: 'ok',
  'due-soon': 'due soon',
  overdue: 'overdue',
};

/** The layout's classes for a clock state (layout.ts). */
export const stateClass = (state: OpenClock['state']) => `state-${state === 'due-soon' ? 'due_soon' : state}`;

export function stateBadge(state: OpenClock['state']): Html {
  return html`<strong class="${stateClass(state)}">${STATE_LABEL[state]}</strong>`;
}

export function boardView(
  clocks: readonly OpenClock[],
  users: readonly Pick<User, 'id' | 'display_name'>[],
  filter: OwnerFilter,
  now: number,
): Html {
  const name = (id: number | null) =>
    id === null ? null : (users.find((u) => u.id === id)?.display_name ?? `#${id}`);
  const overdue = clocks.filter((c) => c.state === 'overdue').length;
  return html`<form method="get" action="/board" class="filters">
      <label for="owner">Owner or co-owner</label>
      <select id="owner" name="owner">
        <option value="">Anyone</option>
        <option value="none" ${filter === 'none' ? html` selected` : ''}>Nobody yet</option>
        ${users.map(
          (u) =>
            html`<option value="${u.id}" ${filter === u.id ? html` selected` : ''}>${u.display_name}</option>`,
        )}
      </select>
      <button type="submit">Filter</button>
    </form>
    <p>
      ${clocks.length} open clock${clocks.length === 1 ? '' : 's'}${overdue > 0 ? html`, <strong class="state-overdue">${overdue} overdue</strong>` : ''}.
      <a href="/reports/weekly">Weekly report</a>
    </p>
    ${
      clocks.length === 0
        ? html`<p>No clock is running.</p>`
        : dataTable<OpenClock>(
            [
              ['State', (c) => stateBadge(c.state)],
              ['Subject', (c) => html`<a href="${c.url}">${c.subject}</a>`],
              [
                'Deadline',
                (c) =>
                  html`${c.label}<br /><span class="hint">${c.obligation}; from ${c.fact} at ${formatTime(c.startsAt)}</span>`,
              ],
              ['Rule', (c) => html`<strong>${c.rule}</strong><br /><span class="hint">${c.citation}</span>`],
              ['Due', (c) => html`${formatTime(c.dueAt)}<br />${countdown(asDeadline(c), now)}`],
              [
                'Owner',
                (c) => {
                  const coOwner = name(c.coOwnerId);
                  return html`${name(c.ownerId) ?? html`<em>nobody</em>`}${coOwner ? html`<br /><span class="hint">co-owner ${coOwner}</span>` : ''}`;
                },
              ],
            ],
            clocks,
            (c) => `board-${c.state}`,
          )
    }
    ${clockScript(now)}`;
}
