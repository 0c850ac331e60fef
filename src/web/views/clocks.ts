/**
 * Clocks as HTML: a countdown the server renders correctly at `now`, which
 * /static/countdown.js keeps ticking where scripts run.
 */
import { clockState, type Deadline, DUE_SOON_PERCENT, formatDuration } from '../../rules/index.js';
import { pointAt } from '../../rules/window.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';

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
  return html`<table>
    <thead>
      <tr>
        <th>Deadline</th>
        <th>Rule</th>
        <th>Due</th>
        <th>State</th>
      </tr>
    </thead>
    <tbody>
      ${deadlines.map(
        (d) =>
          html`<tr>
            <td>
              ${d.label}<br /><span class="hint"
                >${d.obligation}; from ${d.fact} at ${formatTime(d.startsAt)}</span
              >
            </td>
            <td><strong>${d.rule}</strong><br /><span class="hint">${d.citation}</span></td>
            <td>${formatTime(d.dueAt)}</td>
            <td>${countdown(d, now)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Ticks every countdown once a second, in the server's time; without it the page shows the time of rendering. */
export const COUNTDOWN_JS = `'use strict';
(function () {
  var marker = document.querySelector('[data-now]');
  if (!marker) return;
  var offset = Number(marker.getAttribute('data-now')) - Date.now();
  function span(ms) {
    var s = Math.floor(Math.abs(ms) / 1000), d = Math.floor(s / 86400);
    var hms = [Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60, s % 60]
      .map(function (n, i) { return i === 0 ? String(n) : String(n).padStart(2, '0'); }).join(':');
    return d > 0 ? d + ' d ' + hms : hms;
  }
  function tick() {
    var now = Date.now() + offset;
    document.querySelectorAll('[data-due]').forEach(function (el) {
      var due = Number(el.getAttribute('data-due')), soon = Number(el.getAttribute('data-soon'));
      var state = now >= due ? 'overdue' : now >= soon ? 'due_soon' : 'ok';
      el.className = 'state-' + state;
      el.textContent = state === 'overdue' ? 'overdue by ' + span(now - due) : 'due in ' + span(due - now);
    });
  }
  tick();
  setInterval(tick, 1000);
})();
`;
