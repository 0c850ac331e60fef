/**
 * The database schema as Kysely sees it. One schema for SQLite and PostgreSQL:
 * times are epoch milliseconds (UTC) in 64-bit integers, flags are 0/1
 * integers, structured details are JSON text, and raw bytes are BLOB/bytea.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { IncidentDatabase } from './incidentSchema.js';
import type { ScanDatabase } from './scanSchema.js';

/** An auto-assigned integer key. */
type Id = Generated<number>;

export type Role = 'staff' | 'reviewer' | 'admin';

/** Values every instance must agree on, such as the cookie-signing secret. */
export interface SettingsTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: Id;
  email: string;
  display_name: string;
  password_hash: string;
  role: Role;
  created_at: number;
  disabled_at: number | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token, so a database leak yields no live session. */
  token_hash: string;
  user_id: number;
  created_at: number;
  expires_at: number;
  ip: string | null;
}

export interface ApiTokensTable {
  id: Id;
  name: string;
  token_hash: string;
  created_by: number;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export type ActorType = 'user' | 'system' | 'reporter' | 'api';

export interface AuditLogTable {
  id: Id;
  at: number;
  actor_type: ActorType;
  actor_id: number | null;
  actor_label: string;
  action: string;
  subject_type: string | null;
  subject_id: number | null;
  details: string | null;
  request_id: string | null;
  ip: string | null;
}

export type IntakeChannel = 'smtp' | 'imap' | 'form';
export type InboundState = 'received' | 'processed' | 'failed';

/** Everything a reporter sent, stored before it is acknowledged and kept for good. */
export interface InboundMessagesTable {
  id: Id;
  received_at: number;
  channel: IntakeChannel;
  envelope_from: string | null;
  envelope_to: string | null;
  remote_address: string | null;
  /** The message as received: RFC 5322 octets for mail, the form fields as JSON for the form. */
  raw: ColumnType<Buffer, Buffer | Uint8Array, never>;
  size: number;
  state: InboundState;
  claimed_by: string | null;
  claim_expires_at: number | null;
  attempts: number;
  error: string | null;
  case_id: number | null;
  /** The Message-ID header as received (mail), so a mailbox read twice stores a message once. */
  message_id: string | null;
  /** Set when processed: the sender, subject and readable text, so a case's thread needs no re-parsing. */
  from_address: string | null;
  subject: string | null;
  text: string | null;
}

export type Verdict = 'cpr' | 'possible' | 'not_cpr';
export type Triage = 'suspected' | 'confirmed' | 'dismissed';
export type ProblemType = 'key_compromise' | 'misissuance' | 'misuse' | 'other';

export interface CasesTable {
  id: Id;
  received_at: number;
  channel: IntakeChannel;
  reporter_email: string | null;
  reporter_name: string | null;
  subject: string;
  body: string;
  problem_type: ProblemType | null;
  verdict: Verdict;
  /** The classifier's score and reasons as JSON, shown to staff. */
  classification: string;
  triage: Triage;
  triage_note: string | null;
  status: 'open' | 'closed';
  owner_id: number | null;
  co_owner_id: number | null;
  subscriber_contact: string | null;
  revocation_reason: number | null;
  revocation_subordinate_ca: number;
  revocation_decided_at: number | null;
  revocation_published_at: number | null;
  closed_at: number | null;
  /** Unguessable; names the reporter's confirmation page, so case numbers cannot be enumerated there. */
  public_token: string | null;
}

export interface CaseCertificatesTable {
  id: Id;
  case_id: number;
  kind: string;
  value: string;
  source: string;
  sha256: string | null;
  der: ColumnType<Buffer | null, Buffer | Uint8Array | null, never>;
  subject: string | null;
  issuer: string | null;
  serial: string | null;
  not_before: number | null;
  not_after: number | null;
  /** The linter's results as JSON (zlint's shape), null when only a reference is known. */
  lint_results: string | null;
  lint_errors: number;
  added_at: number;
}

export interface CaseEvidenceTable {
  id: Id;
  case_id: number;
  method: string;
  verified: number;
  /** The verification's outcome as JSON: reason, matching certificates. */
  details: string;
  raw: ColumnType<Buffer, Buffer | Uint8Array, never>;
  added_at: number;
}

export interface CaseNotesTable {
  id: Id;
  case_id: number;
  author_id: number;
  at: number;
  body: string;
}

export interface CaseReportsTable {
  id: Id;
  case_id: number;
  kind: 'preliminary';
  subject: string;
  body: string;
  recipients: string;
  author_id: number;
  created_at: number;
  updated_at: number;
  approved_by: number | null;
  approved_at: number | null;
  /** When its copies were queued in the outbox; each copy's delivery is its outbox row's. */
  sent_at: number | null;
}

export type OutboxKind = 'email' | 'webhook';
export type OutboxState = 'pending' | 'sent' | 'dead';

/** Every message Vigil sends, written in the transaction that decided to send it. */
export interface OutboxTable {
  id: Id;
  /** Unique: whoever decides to send the same thing twice inserts one row. */
  dedupe_key: string;
  kind: OutboxKind;
  created_at: number;
  case_id: number | null;
  /** E-mail: comma-separated addresses; webhook: the URL. */
  recipients: string;
  subject: string;
  body: string;
  /** E-mail headers or the webhook's JSON payload, as JSON text. */
  extra: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: number;
  claimed_by: string | null;
  claim_expires_at: number | null;
  sent_at: number | null;
  last_error: string | null;
}

/** One row per alert that fired: its key makes a second firing impossible. */
export interface AlertsTable {
  id: Id;
  key: string;
  case_id: number | null;
  deadline_key: string;
  fraction: number;
  /** When the point came due (its fraction of the deadline's window); fired_at - due_at is its delay. */
  due_at: number;
  /** When the point fired, or was recorded as superseded. */
  fired_at: number;
  /** The addresses e-mailed, comma-separated; empty when superseded or when nobody could be addressed. */
  recipients: string;
  /** The key of the higher point that fired in this one's place (see migration 003); null when it fired. */
  superseded_by: string | null;
  /** What the alert is about when it is not a case: 'bug 1885754', 'incident 3', 'action item 7'. */
  subject: string | null;
}

export interface Database extends ScanDatabase, IncidentDatabase {
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  inbound_messages: InboundMessagesTable;
  cases: CasesTable;
  case_certificates: CaseCertificatesTable;
  case_evidence: CaseEvidenceTable;
  case_notes: CaseNotesTable;
  case_reports: CaseReportsTable;
  outbox: OutboxTable;
  alerts: AlertsTable;
}

export type User = Selectable<UsersTable>;
export type Case = Selectable<CasesTable>;
export type NewCase = Insertable<CasesTable>;
export type CaseUpdate = Updateable<CasesTable>;
export type CaseCertificate = Selectable<CaseCertificatesTable>;
export type InboundMessage = Selectable<InboundMessagesTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type Alert = Selectable<AlertsTable>;
