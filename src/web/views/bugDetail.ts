/** One watched bug: its facts as synced and derived, its clocks, the similarity hint, its comments. */
import type { Deadline } from '../../rules/index.js';
import type { Bug, BugComment } from '../../store/incidentSchema.js';
import { formatTime, parseJsonText } from '../format.js';
import { type Html, html } from '../html.js';
import { type BugRow, hintCell } from './bugs.js';
import { clockScript, deadlinesTable } from './clocks.js';

export interface BugDetail {
  readonly row: BugRow;
  readonly comments: readonly BugComment[];
  readonly deadlines: readonly Deadline[];
  readonly incidents: readonly { readonly id: number; readonly title: string }[];
  readonly bugzillaUrl: string;
}

interface Flag {
  name?: string;
  status?: string;
  requestee?: string;
  setter?: string;
  creation_date?: string;
}

const flagsOf = (bug: Bug): Flag[] => {
  const flags = parseJsonText(bug.flags);
  return Array.isArray(flags) ? (flags as Flag[]) : [];
};

export function bugDetailView(d: BugDetail, now: number): Html {
  const { bug } = d.row;
  const facts: [string, Html | string][] = [
    ['Status', `${bug.status}${bug.resolution ? ` ${bug.resolution}` : ''}`],
    ['CA', `${bug.ca_owner ?? 'unknown'}${bug.ours ? ' (ours)' : ''}`],
    ['Whiteboard', html`<code>${bug.whiteboard}</code>`],
    ['Tags', (parseJsonText(bug.tags) as string[] | undefined)?.join(', ') ?? bug.tags],
    ['Revocation delay', bug.revocation_delay ? 'yes' : 'no'],
    [
      'Next update',
      bug.next_update_date === null
        ? 'none set'
        : d.row.nextUpdateOverdue
          ? html`<strong class="state-overdue">${bug.next_update_date}, overdue</strong>`
          : bug.next_update_date,
    ],
    ["CA's last comment", formatTime(bug.last_ca_comment_at)],
    ["Others' last comment", formatTime(bug.last_other_comment_at)],
    [
      'Question waiting on the CA',
      bug.open_question_at === null
        ? 'none'
        : html`since ${formatTime(bug.open_question_at)}${d.row.unansweredSince !== null ? html` <strong class="state-overdue">unanswered over 7 days</strong>` : ''}`,
    ],
    [
      'Needinfo on CA staff',
      bug.needinfo_ca === null ? 'none' : `${bug.needinfo_ca} since ${formatTime(bug.needinfo_ca_since)}`,
    ],
    ['Opened', `${formatTime(bug.creation_time)} by ${bug.creator}`],
    ['Synced', formatTime(bug.synced_at)],
  ];
  const flags = flagsOf(bug);
  return html`<p><a href="${d.bugzillaUrl}/show_bug.cgi?id=${bug.id}">bug ${bug.id} on Bugzilla</a>: ${bug.summary}</p>
    <dl>
      ${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}
    </dl>
    ${d.incidents.length > 0 ? html`<p>Incidents: ${d.incidents.map((i) => html`<a href="/incidents/${i.id}">incident ${i.id}</a> ${i.title} `)}</p>` : ''}
    <h2>Flags</h2>
    ${
      flags.length === 0
        ? html`<p>No flags.</p>`
        : html`<ul>
            ${flags.map((f) => html`<li>${f.name ?? '?'}${f.status ?? ''}${f.requestee ? `(${f.requestee})` : ''} set by ${f.setter ?? '?'} ${f.creation_date ?? ''}</li>`)}
          </ul>`
    }
    <h2>Clocks</h2>
    ${bug.ours ? '' : html`<p class="hint">What ${bug.ca_owner ?? 'this CA'} owes on this bug, by the same rules as ours.</p>`}
    ${deadlinesTable(d.deadlines, now)}
    ${alsoOurs(d.row)}
    <h2>Comments (${d.comments.length})</h2>
    ${d.comments.map(
      (c) => html`<article id="c${c.count}">
        <h3>#${c.count} ${c.creator}, ${formatTime(c.creation_time)}</h3>
        <pre>${c.text}</pre>
      </article>`,
    )}
    ${clockScript(now)}`;
}

/** Where the hint leads: the lints behind it and the scan commands that list the certificates. */
function alsoOurs(row: BugRow): Html | string {
  const { hint } = row;
  if (hint === null || hint.certificates === 0) return '';
  const lints = hint.lints.join(',');
  return html`<h2 id="also-ours">Also on our certificates?</h2>
    <p>${hintCell(row.bug.id, hint)}</p>
    <p>The bug mentions ${hint.mentioned.join(', ')}, which these lints check: ${hint.lints.join(', ')}.
      List the certificates of the latest scans they fire on, and the incident report's appendix, with:</p>
    <pre>vigil scan report --list --lint ${lints}
vigil scan appendix --lint ${lints}</pre>`;
}
