/** The weekly management report as a page: the same sections as its e-mail (alerts/weekly.ts). */
import type { OpenClock } from '../../alerts/clocks.js';
import { type SlippedClock, type WeeklyReport, slipText, standing } from '../../alerts/weekly.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { stateBadge } from './board.js';
import { dataTable } from './table.js';

export function weeklyView(report: WeeklyReport, nameOf: (id: number | null) => string | null): Html {
  const owner = (id: number | null) => nameOf(id) ?? html`<em>nobody</em>`;
  const clocks = (rows: readonly OpenClock[]) =>
    rows.length === 0
      ? html`<p>None.</p>`
      : dataTable<OpenClock>(
          [
            ['State', (c) => stateBadge(c.state)],
            ['Subject', (c) => html`<a href="${c.url}">${c.subject}</a>`],
            ['Deadline', (c) => html`${c.label}<br /><span class="hint">${c.rule}</span>`],
            ['Due', (c) => html`${formatTime(c.dueAt)}<br />${standing(c.dueAt, report.at)}`],
            ['Owner', (c) => owner(c.ownerId)],
          ],
          rows,
        );
  return html`<p>Week ${report.week}, as of ${formatTime(report.at)} UTC.</p>
    <h2>Due in the next 7 days</h2>
    ${clocks(report.due)}
    <h2>Overdue now</h2>
    ${clocks(report.overdue)}
    <h2>Slipped in the last 7 days</h2>
    ${
      report.slipped.length === 0
        ? html`<p>Nothing slipped.</p>`
        : dataTable<SlippedClock>(
            [
              ['Subject', (s) => html`<a href="${s.url}">${s.subject}</a>`],
              ['Deadline', (s) => html`${s.label}<br /><span class="hint">${s.rule}</span>`],
              ['Due', (s) => formatTime(s.dueAt)],
              [
                'Outcome',
                (s) =>
                  html`<strong class="${s.metAt === null ? 'state-overdue' : 'state-met_late'}">${slipText(s)}</strong>`,
              ],
              ['Owner', (s) => owner(s.ownerId)],
            ],
            report.slipped,
          )
    }
    <h2>Open incidents</h2>
    ${
      report.incidents.length === 0
        ? html`<p>No open incident.</p>`
        : dataTable<WeeklyReport['incidents'][number]>(
            [
              [
                'Incident',
                (i) =>
                  html`<a href="/incidents/${i.id}">incident ${i.id}</a>${i.bugId === null ? '' : html` · <a href="/bugs/${i.bugId}">bug ${i.bugId}</a>`}<br /><span class="hint">${i.title}</span>`,
              ],
              [
                'Owner',
                (i) =>
                  html`${owner(i.ownerId)}${i.coOwnerId === null ? '' : html`<br /><span class="hint">co-owner ${owner(i.coOwnerId)}</span>`}`,
              ],
              [
                'Next clock',
                (i) =>
                  i.next === null
                    ? html`<span class="hint">none running</span>`
                    : html`${stateBadge(i.next.state)} ${i.next.subject}: ${i.next.label}, ${standing(i.next.dueAt, report.at)}`,
              ],
              [
                'Action items',
                (i) =>
                  Object.entries(i.actionItems)
                    .map(([status, n]) => `${n} ${status}`)
                    .join(', '),
              ],
            ],
            report.incidents,
          )
    }`;
}
