/**
 * Clocks as HTML: a countdown the server renders correctly at `now`, which
 * /static/countdown.js keeps ticking where scripts run.
 */
import { clockState, type Deadline, DUE_SOON_PERCENT, formatDuration } from '../../rules/index.js';
import { pointAt } from '../../rules/window.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { dataTable } from './table.js';

export const COUNTDOWN_SCRIPT = '/static/countdown.js';

function countdownText(d: Deadline, now: number): string {
  switch (clockState(d, now)) {
    case 'met':
      return `met ${formatTime(d.metAt)}`;
    case 'met_late':
      return `met late, ${formatDuration((d.metAt ?? d.dueAt) - d.dueAt)} after the deadline`;
    case 'overdue':
      return `overdue by ${formatDuration(now - d.dueAt)}`;
    default:
      return `due in ${formatDuration(d.dueAt - now)}`;
  }
}

/** A clock's state as text and class; a running clock carries what the script needs to tick it. */
export function countdown(d: Deadline, now: number): Html {
  const state = clockState(d, now);
  const running = d.metAt === null;
  return html`<span
    class="state-${state}"
    ${running ? html` data-due="${d.dueAt}" data-soon="${pointAt(d, DUE_SOON_PERCENT)}"` : ''}
    >${countdownText(d, now)}</span
  >`;
}

/** The server's `now` for the script, so a page shows the server's time even when the browser's clock is off. */
export function clockScript(now: number): Html {
  return html`<span hidden data-now="${now}"></span>
    <script src="${COUNTDOWN_SCRIPT}" defer></script>`;
}

export function deadlinesTable(deadlines: readonly Deadline[], now: number): Html {
  if (deadlines.length === 0) return html`<p>No clock runs for this case.</p>`;
  return dataTable(
    [
      [
        'Deadline',
        (d) =>
          html`${d.label}<br /><span class="hint"
              >${d.obligation}; from ${d.fact} at ${formatTime(d.startsAt)}</span
            >`,
      ],
      ['Rule', (d) => html`<strong>${d.rule}</strong><br /><span class="hint">${d.citation}</span>`],
      ['Due', (d) => formatTime(d.dueAt)],
      ['State', (d) => countdown(d, now)],
    ],
    deadlines,
  );
}

/**
 * rules/formatDuration.ts for the page, which cannot import it ("23 h 59 min", "2 d 4 h"): the
 * largest unit and the next one unless it is zero, rounded down. A test holds the two to one output.
 */
export const FORMAT_DURATION_JS = `function formatDuration(ms) {
  var units = [['d', 86400000], ['h', 3600000], ['min', 60000], ['s', 1000]];
  var abs = Math.abs(ms), i = 0;
  while (i < units.length && abs < units[i][1]) i++;
  if (i === units.length) return '0 s';
  var major = units[i], minor = units[i + 1];
  var text = Math.floor(abs / major[1]) + ' ' + major[0];
  var rest = minor ? Math.floor((abs % major[1]) / minor[1]) : 0;
  return rest > 0 ? text + ' ' + rest + ' ' + minor[0] : text;
}`;

/** Ticks every countdown once a second, in the server's time; without it the page shows the time of rendering. */
export const COUNTDOWN_JS = `'use strict';
(function () {
  var marker = document.querySelector('[data-now]');
  if (!marker) return;
  var offset = Number(marker.getAttribute('data-now')) - Date.now();
  ${FORMAT_DURATION_JS}
  function tick() {
    var now = Date.now() + offset;
    document.querySelectorAll('[data-due]').forEach(function (el) {
      var due = Number(el.getAttribute('data-due')), soon = Number(el.getAttribute('data-soon'));
      var state = now >= due ? 'overdue' : now >= soon ? 'due_soon' : 'ok';
      el.className = 'state-' + state;
      el.textContent = (state === 'overdue' ? 'overdue by ' : 'due in ') + formatDuration(due - now);
    });
  }
  tick();
  setInterval(tick, 1000);
})();
`;
