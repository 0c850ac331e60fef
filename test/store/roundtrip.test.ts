/** Every table keeps what is written to it, with the same JavaScript types on both dialects. */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { Insertable } from 'kysely';
import type { Database } from '../../src/store/schema.js';
import { eachStore } from '../support/stores.js';

/** Epoch milliseconds past 2^32 seconds' worth, and the last instant a Date can hold. */
const T = 1_790_000_000_123;
const FAR = 8_640_000_000_000_000;
const BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

const ROWS: { [K in keyof Database]: Insertable<Database[K]> } = {
  settings: { key: 'cookie-secret', value: 'x'.repeat(43) },
  users: {
    email: 'owner@ca.example',
    display_name: 'Ada Owner',
    password_hash: 'scrypt$16384$8$1$salt$hash',
    role: 'admin',
    created_at: T,
    disabled_at: FAR,
  },
  sessions: { token_hash: 'f'.repeat(64), user_id: 1, created_at: T, expires_at: FAR, ip: '127.0.0.1' },
  api_tokens: {
    name: 'pipeline',
    token_hash: 'e'.repeat(64),
    created_by: 1,
    created_at: T,
    last_used_at: T + 1,
    revoked_at: null,
  },
  audit_log: {
    at: T,
    actor_type: 'user',
    actor_id: 1,
    actor_label: 'owner@ca.example',
    action: 'case.assign',
    subject_type: 'case',
    subject_id: 1,
    details: '{"owner":1}',
    request_id: 'req-1',
    ip: '::1',
  },
  cases: {
    received_at: T,
    channel: 'smtp',
    reporter_email: 'reporter@example.org',
    reporter_name: 'R. Eporter',
    subject: 'Misissued certificate — ünïcode',
    body: 'line 1\nline 2',
    problem_type: 'misissuance',
    verdict: 'cpr',
    classification: '{"score":9}',
    triage: 'confirmed',
    triage_note: null,
    status: 'open',
    owner_id: 1,
    co_owner_id: null,
    subscriber_contact: 'subscriber@example.com',
    revocation_reason: 4,
    revocation_subordinate_ca: 0,
    revocation_decided_at: T + 2,
    revocation_published_at: FAR,
    closed_at: null,
  },
  inbound_messages: {
    received_at: T,
    channel: 'smtp',
    envelope_from: 'reporter@example.org',
    envelope_to: 'cpr@ca.example',
    remote_address: '127.0.0.1',
    raw: BYTES,
    size: BYTES.length,
    state: 'processed',
    claimed_by: 'worker-1',
    claim_expires_at: T + 60_000,
    attempts: 1,
    error: null,
    case_id: 1,
  },
  case_certificates: {
    case_id: 1,
    kind: 'pem',
    value: '-----BEGIN CERTIFICATE-----',
    source: 'body',
    sha256: 'a'.repeat(64),
    der: BYTES,
    subject: 'CN=example.com',
    issuer: 'CN=Example CA',
    serial: '01',
    not_before: T,
    not_after: FAR,
    lint_results: '[]',
    lint_errors: 2,
    added_at: T,
  },
  case_evidence: {
    case_id: 1,
    method: 'csr',
    verified: 1,
    details: '{}',
    raw: BYTES,
    added_at: T,
  },
  case_notes: { case_id: 1, author_id: 1, at: T, body: 'note' },
  case_reports: {
    case_id: 1,
    kind: 'preliminary',
    subject: 'Preliminary report',
    body: 'text',
    recipients: 'reporter@example.org',
    author_id: 1,
    created_at: T,
    updated_at: T + 1,
    approved_by: 1,
    approved_at: T + 2,
    sent_at: null,
  },
  outbox: {
    dedupe_key: 'ack:case:1',
    kind: 'email',
    created_at: T,
    case_id: 1,
    recipients: 'reporter@example.org',
    subject: '[CPR-000001] received',
    body: 'text',
    extra: '{}',
    state: 'pending',
    attempts: 0,
    next_attempt_at: T,
    claimed_by: null,
    claim_expires_at: null,
    sent_at: null,
    last_error: null,
  },
  alerts: {
    key: 'case:1:cpr.preliminary-report@75',
    case_id: 1,
    deadline_key: 'cpr.preliminary-report',
    fraction: 0.75,
    due_at: T,
    fired_at: T,
    recipients: 'owner@ca.example',
    superseded_by: null,
  },
  scans: {
    started_at: T,
    finished_at: T + 1,
    inputs: '["corpus/"]',
    state: 'finished',
    at: null,
    objects: 3,
    unreadable: 1,
  },
  scan_sources: { scan_id: 1, source: 'corpus/a.pem', position: 3, done: 1 },
  certificates: {
    sha256: 'b'.repeat(64),
    kind: 'precertificate',
    serial: '7f' + '00'.repeat(19),
    issuer: 'CN=Example CA',
    subject: 'CN=example.com',
    dns_names: '["example.com"]',
    not_before: T,
    not_after: FAR,
    policy_type: 'DV',
    authority_key_id: 'c'.repeat(40),
    crl_urls: '["http://crl.example/1.crl"]',
    der: BYTES,
  },
  findings: { certificate_id: 1, lint: 'e_dnsname_bad_character_in_label', status: 'error', details: null },
  scan_certificates: { scan_id: 1, certificate_id: 1 },
  scopes: {
    name: 'bad dNSNames',
    incident: '1880123',
    query: '{"lints":["e_dnsname_bad_character_in_label"]}',
    created_by: 'owner@ca.example',
    created_at: T,
    approved_by: 'reviewer@ca.example',
    approved_at: T + 1,
    last_run_at: T + 2,
    last_count: 1,
    last_digest: 'd'.repeat(64),
  },
  scope_certificates: { scope_id: 1, certificate_id: 1 },
  remediations: {
    certificate_id: 1,
    scope_id: 1,
    reason: 12,
    aware_at: T,
    planned_at: T + 1,
    revoked_at: T + 2,
    revocation_code: 4,
    recorded_at: T + 3,
    note: null,
  },
  crl_sources: { location: 'http://crl.example/1.crl', issuer_der: BYTES, added_at: T },
  crl_checks: {
    source_id: 1,
    checked_at: T,
    ok: 0,
    this_update: T,
    next_update: FAR,
    crl_number: (2n ** 159n - 1n).toString(),
    signature: 'invalid',
    problems: '[]',
    sha256: 'e'.repeat(64),
  },
  crl_entries: { source_id: 1, serial: '01', revoked_at: T, reason_code: null },
};

/** Parents before children, for the foreign keys. */
const ORDER: (keyof Database)[] = [
  'settings',
  'users',
  'sessions',
  'api_tokens',
  'audit_log',
  'cases',
  'inbound_messages',
  'case_certificates',
  'case_evidence',
  'case_notes',
  'case_reports',
  'outbox',
  'alerts',
  'scans',
  'scan_sources',
  'certificates',
  'findings',
  'scan_certificates',
  'scopes',
  'scope_certificates',
  'remediations',
  'crl_sources',
  'crl_checks',
  'crl_entries',
];

describe('every table round-trips', () => {
  eachStore('values, times as numbers and bytes as Buffers', async ({ store }) => {
    assert.deepEqual(new Set(ORDER), new Set(Object.keys(ROWS)));
    for (const table of ORDER) {
      const written = ROWS[table] as Record<string, unknown>;
      await store.db
        .insertInto(table)
        .values(written as never)
        .execute();
      const read = (await store.db.selectFrom(table).selectAll().executeTakeFirstOrThrow()) as Record<
        string,
        unknown
      >;
      for (const [column, value] of Object.entries(written))
        assert.deepEqual(read[column], value, `${table}.${column}`);
      if ('id' in read) assert.equal(read.id, 1, `${table}.id is the number 1`);
    }
  });
});
