/** Admin pages: accounts, API tokens, the outbox and the audit log. */
import { formatCaseNumber } from '../../cpr/subject.js';
import type { AuditEntry, OutboxRow, User } from '../../store/schema.js';
import { ROLES } from '../../users/roles.js';
import type { listApiTokens } from '../../users/tokens.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';
import { auditTable } from './audit.js';
import { dataTable } from './table.js';

export const ADMIN_NAV = html`<nav aria-label="Admin">
  <a href="/admin/users">Users</a> · <a href="/admin/tokens">API tokens</a> ·
  <a href="/admin/outbox">Outbox</a> · <a href="/admin/audit">Audit log</a>
</nav>`;

/** A button in a table row that posts one action. */
const postButton = (action: string, label: string, csrf: string) =>
  html`<form class="inline" method="post" action="${action}">
    ${csrfField(csrf)}<button type="submit">${label}</button>
  </form>`;

const problem = (error: string | null) => (error ? html`<p class="errors" role="alert">${error}</p>` : '');

export function usersView(users: readonly User[], me: User, csrf: string, error: string | null): Html {
  return html`${ADMIN_NAV}${problem(error)}
    ${dataTable(
      [
        ['Name', (u) => u.display_name],
        ['E-mail', (u) => u.email],
        ['Role', (u) => u.role],
        ['Created', (u) => formatTime(u.created_at)],
        [
          'State',
          (u) =>
            u.disabled_at !== null
              ? `disabled ${formatTime(u.disabled_at)}`
              : u.id === me.id
                ? 'active (you)'
                : postButton(`/admin/users/${u.id}/disable`, 'Disable', csrf),
        ],
      ],
      users,
    )}
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
    ${dataTable(
      [
        ['Name', (t) => t.name],
        ['Created', (t) => formatTime(t.created_at)],
        ['By', (t) => t.created_by_email],
        ['Last used', (t) => formatTime(t.last_used_at)],
        [
          'State',
          (t) =>
            t.revoked_at !== null
              ? `revoked ${formatTime(t.revoked_at)}`
              : postButton(`/admin/tokens/${t.id}/revoke`, 'Revoke', csrf),
        ],
      ],
      tokens,
    )}
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
    ${dataTable(
      [
        ['State', (r) => r.state],
        ['Kind', (r) => r.kind],
        ['To', (r) => r.recipients],
        ['Subject', (r) => r.subject],
        [
          'Case',
          (r) =>
            r.case_id === null ? '' : html`<a href="/cases/${r.case_id}">${formatCaseNumber(r.case_id)}</a>`,
        ],
        ['Attempts', (r) => r.attempts],
        ['Next attempt', (r) => (r.state === 'pending' ? formatTime(r.next_attempt_at) : '')],
        ['Last error', (r) => r.last_error ?? ''],
      ],
      rows,
      (r) => (r.state === 'dead' ? 'error' : ''),
    )}`;
}

export function auditView(entries: readonly AuditEntry[], pageSize: number): Html {
  const last = entries.at(-1);
  return html`${ADMIN_NAV} ${auditTable(entries, { subjects: true })}
    ${entries.length === pageSize && last ? html`<p><a href="/admin/audit?before=${last.id}">Older entries</a></p>` : ''}`;
}
