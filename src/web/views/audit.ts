/** The audit log as a table: the admin page lists every subject, a case's history its own entries. */
import { formatCaseNumber } from '../../cpr/subject.js';
import type { AuditEntry } from '../../store/schema.js';
import { formatTime } from '../format.js';
import { type Html, html } from '../html.js';
import { type Column, dataTable } from './table.js';

function subject(e: AuditEntry): Html | string {
  if (e.subject_type === 'case' && e.subject_id !== null)
    return html`<a href="/cases/${e.subject_id}">${formatCaseNumber(e.subject_id)}</a>`;
  return e.subject_type ? `${e.subject_type} ${e.subject_id ?? ''}` : '';
}

export function auditTable(entries: readonly AuditEntry[], options: { readonly subjects: boolean }): Html {
  const columns: Column<AuditEntry>[] = [
    ['When', (e) => formatTime(e.at)],
    ['Who', (e) => `${e.actor_type}: ${e.actor_label}`],
    ['What', (e) => e.action],
    ...(options.subjects ? [['Subject', subject] as const] : []),
    ['Details', (e) => html`<code>${e.details ?? ''}</code>`],
    ['Request', (e) => html`${e.ip ?? ''}<br /><span class="hint">${e.request_id ?? ''}</span>`],
  ];
  return dataTable(columns, entries);
}
