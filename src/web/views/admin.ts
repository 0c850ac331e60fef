/** Admin pages: accounts, API tokens, the outbox and the audit log. */
import { formatCaseNumber } from '../../cpr/subject.js';
import type { AuditEntry, OutboxRow, User } from '../../store/schema.js';
import { ROLES } from '../../users/roles.js';
import type { listApiTokens } from '../../users/tokens.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';

export const ADMIN_NAV = html`<nav aria-label="Admin">
  <a href="/admin/users">Users</a> · <a href="/admin/tokens">API tokens</a> ·
  <a href="/admin/outbox">Outbox</a> · <a href="/admin/audit">Audit log</a>
</nav>`;

const problem = (error: string | null) => (error ? html`<p class="errors" role="alert">${error}</p>` : '');

export function usersView(users: readonly User[], me: User, csrf: string, error: string | null): Html {
  return html`${ADMIN_NAV}${problem(error)}
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>E-mail</th>
          <th>Role</th>
          <th>Created</th>
          <th>State</th>
        </tr>
      </thead>
      <tbody>
        ${users.map(
          (u) =>
            html`<tr>
              <td>${u.display_name}</td>
              <td>${u.email}</td>
              <td>${u.role}</td>
              <td>${formatTime(u.created_at)}</td>
              <td>
                ${
                  u.disabled_at !== null
                    ? `disabled ${formatTime(u.disabled_at)}`
                    : u.id === me.id
                      ? 'active (you)'
                      : html`<form class="inline" method="post" action="/admin/users/${u.id}/disable">
                          ${csrfField(csrf)}<button type="submit">Disable</button>
                        </form>`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>New account</h2>
    <form method="post" action="/admin/users">
      ${csrfField(csrf)}
      <label for="name">Name</label><input type="text" id="name" name="name" required maxlength="200" />
      <label for="email">E-mail address</label><input type="email" id="email" name="email" required />
      <label for="role"
        >Role
        <span class="hint"
          >staff handle cases; reviewers also approve reports; admins also manage accounts</span
        ></label
      >
      <select id="role" name="role">
        ${ROLES.map((r) => html`<option value="${r}">${r}</option>`)}
      </select>
      <label for="password">Initial password <span class="hint">at least 12 characters</span></label>
      <input
        type="password"
        id="password"
        name="password"
        required
        minlength="12"
        autocomplete="new-password"
      />
      <button type="submit">Create the account</button>
    </form>`;
}

type TokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

export function tokensView(
  tokens: readonly TokenRow[],
  csrf: string,
  created: string | null,
  error: string | null,
): Html {
  return html`${ADMIN_NAV}${problem(error)}
    ${
      created
        ? html`<div class="errors" role="status">
            <p>The new token, shown this once: copy it now.</p>
            <pre><code>${created}</code></pre>
          </div>`
        : ''
    }
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>Created</th>
          <th>By</th>
          <th>Last used</th>
          <th>State</th>
        </tr>
      </thead>
      <tbody>
        ${tokens.map(
          (t) =>
            html`<tr>
              <td>${t.name}</td>
              <td>${formatTime(t.created_at)}</td>
              <td>${t.created_by_email}</td>
              <td>${formatTime(t.last_used_at)}</td>
              <td>
                ${
                  t.revoked_at !== null
                    ? `revoked ${formatTime(t.revoked_at)}`
                    : html`<form class="inline" method="post" action="/admin/tokens/${t.id}/revoke">
                        ${csrfField(csrf)}<button type="submit">Revoke</button>
                      </form>`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>New token</h2>
    <form method="post" action="/admin/tokens">
      ${csrfField(csrf)}
      <label for="token-name">Name <span class="hint">what uses it, e.g. "issuance pipeline"</span></label>
      <input type="text" id="token-name" name="name" required maxlength="100" />
      <button type="submit">Create the token</button>
    </form>`;
}

export function outboxView(rows: readonly OutboxRow[]): Html {
  return html`${ADMIN_NAV}
    <p>Messages not sent yet (pending, retried with backoff) and those given up on (dead).</p>
    <table>
      <thead>
        <tr>
          <th>State</th>
          <th>Kind</th>
          <th>To</th>
          <th>Subject</th>
          <th>Case</th>
          <th>Attempts</th>
          <th>Next attempt</th>
          <th>Last error</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr class="${r.state === 'dead' ? 'error' : ''}">
              <td>${r.state}</td>
              <td>${r.kind}</td>
              <td>${r.recipients}</td>
              <td>${r.subject}</td>
              <td>
                ${
                  r.case_id === null
                    ? ''
                    : html`<a href="/cases/${r.case_id}">${formatCaseNumber(r.case_id)}</a>`
                }
              </td>
              <td>${r.attempts}</td>
              <td>${r.state === 'pending' ? formatTime(r.next_attempt_at) : ''}</td>
              <td>${r.last_error ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

export function auditView(entries: readonly AuditEntry[], pageSize: number): Html {
  const last = entries.at(-1);
  return html`${ADMIN_NAV}
    <table>
      <thead>
        <tr>
          <th>When</th>
          <th>Who</th>
          <th>What</th>
          <th>Subject</th>
          <th>Details</th>
          <th>Request</th>
        </tr>
      </thead>
      <tbody>
        ${entries.map(
          (e) =>
            html`<tr>
              <td>${formatTime(e.at)}</td>
              <td>${e.actor_type}: ${e.actor_label}</td>
              <td>${e.action}</td>
              <td>
                ${
                  e.subject_type === 'case' && e.subject_id !== null
                    ? html`<a href="/cases/${e.subject_id}">${formatCaseNumber(e.subject_id)}</a>`
                    : e.subject_type
                      ? `${e.subject_type} ${e.subject_id ?? ''}`
                      : ''
                }
              </td>
              <td><code>${e.details ?? ''}</code></td>
              <td>${e.ip ?? ''}<br /><span class="hint">${e.request_id ?? ''}</span></td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${entries.length === pageSize && last ? html`<p><a href="/admin/audit?before=${last.id}">Older entries</a></p>` : ''}`;
}
