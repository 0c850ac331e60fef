/** The watched bugs: every open bug of the component, whose CA, how stale, what it waits for. */
import type { Bug } from '../../store/incidentSchema.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { dataTable } from './table.js';

const DAY = 86_400_000;
/** The IRG's week to answer a question; past it the page flags the question. */
export const QUESTION_DAYS = 7;

export type BugFilter = 'all' | 'ours' | 'others' | 'overdue';

export interface BugRow {
  readonly bug: Bug;
  /** The Next update date has passed with no CA comment on or after it. */
  readonly nextUpdateOverdue: boolean;
  /** A question or needinfo waiting on the CA for more than a week: since when. */
  readonly unansweredSince: number | null;
  /** Certificates of ours that a lint the bug mentions fires on, and those lints. */
  readonly hint: {
    readonly certificates: number;
    readonly lints: readonly string[];
    readonly mentioned: readonly string[];
  } | null;
}

/** Whole days from `from` to `now`. */
export const daysSince = (from: number, now: number) => Math.floor((now - from) / DAY);

/** The whiteboard date is due by the end of its UTC day; a CA comment on or after that day answers it. */
export function nextUpdateOverdue(
  bug: Pick<Bug, 'next_update_date' | 'last_ca_comment_at'>,
  now: number,
): boolean {
  if (bug.next_update_date === null) return false;
  const day = Date.parse(`${bug.next_update_date}T00:00:00Z`);
  if (Number.isNaN(day)) return false;
  return now >= day + DAY && (bug.last_ca_comment_at === null || bug.last_ca_comment_at < day);
}

/** The oldest question or needinfo on the CA, once it has waited longer than a week. */
export function unansweredSince(
  bug: Pick<Bug, 'open_question_at' | 'needinfo_ca_since'>,
  now: number,
): number | null {
  const waiting = [bug.open_question_at, bug.needinfo_ca_since].filter((t): t is number => t !== null);
  if (waiting.length === 0) return null;
  const since = Math.min(...waiting);
  return now - since > QUESTION_DAYS * DAY ? since : null;
}

const FILTERS: readonly [BugFilter, string][] = [
  ['all', 'All open bugs'],
  ['ours', 'Ours'],
  ['others', "Other CAs'"],
  ['overdue', 'Overdue'],
];

export function bugsView(rows: readonly BugRow[], filter: BugFilter, now: number): Html {
  return html`<form method="get" action="/bugs" class="filters">
      <label for="show">Show</label>
      <select id="show" name="show">
        ${FILTERS.map(([value, label]) => html`<option value="${value}" ${filter === value ? html` selected` : ''}>${label}</option>`)}
      </select>
      <button type="submit">Filter</button>
    </form>
    <p>${rows.length} open bug${rows.length === 1 ? '' : 's'}.</p>
    ${
      rows.length === 0
        ? ''
        : dataTable<BugRow>(
            [
              [
                'Bug',
                ({ bug }) =>
                  html`<a href="/bugs/${bug.id}">bug ${bug.id}</a><br /><span class="hint">${bug.summary}</span>`,
              ],
              [
                'CA',
                ({ bug }) =>
                  html`${bug.ca_owner ?? html`<em>unknown</em>`}${bug.ours ? html` <strong>(ours)</strong>` : ''}`,
              ],
              ['Age', ({ bug }) => `${daysSince(bug.creation_time, now)} d`],
              [
                "CA's last comment",
                ({ bug }) =>
                  bug.last_ca_comment_at === null
                    ? html`<em>never</em>`
                    : `${daysSince(bug.last_ca_comment_at, now)} d ago`,
              ],
              [
                'Next update',
                (row) =>
                  row.bug.next_update_date === null
                    ? html`<span class="hint">none set</span>`
                    : row.nextUpdateOverdue
                      ? html`<strong class="state-overdue">${row.bug.next_update_date}, overdue</strong>`
                      : row.bug.next_update_date,
              ],
              [
                'Question',
                (row) =>
                  row.unansweredSince === null
                    ? ''
                    : html`<strong class="state-overdue"
                        >unanswered for ${daysSince(row.unansweredSince, now)} d</strong
                      ><br /><span class="hint">since ${formatTime(row.unansweredSince)}</span>`,
              ],
              ['Also ours?', (row) => hintCell(row.bug.id, row.hint)],
            ],
            rows,
          )
    }`;
}

/** "also fires on N of your certificates", linking to the bug's guidance on listing them (bugDetail.ts). */
export function hintCell(bugId: number, hint: BugRow['hint']): Html | string {
  if (hint === null || hint.certificates === 0) return '';
  return html`<a href="/bugs/${bugId}#also-ours"
      ><strong>also fires on ${hint.certificates} of your certificate${hint.certificates === 1 ? '' : 's'}</strong></a
    ><br /><span class="hint">mentions ${hint.mentioned.join(', ')}</span>`;
}
