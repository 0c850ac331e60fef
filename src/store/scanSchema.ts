/** The tables of corpus scans, remediation and CRL watch (migration 005), as Kysely sees them. */
import type { ColumnType, Generated, Selectable } from 'kysely';

type Id = Generated<number>;

export type ScanState = 'running' | 'finished' | 'failed';

export interface ScansTable {
  id: Id;
  started_at: number;
  finished_at: number | null;
  /** The paths and files given, as JSON, so a resumed scan reads the same inputs. */
  inputs: string;
  state: ScanState;
  /** Evaluation date for every lint (`--at`), or null for each certificate's notBefore. */
  at: number | null;
  objects: number;
  unreadable: number;
}

export interface ScanSourcesTable {
  id: Id;
  scan_id: number;
  /** A file path (a CT get-entries file counts as one source). */
  source: string;
  /** Objects of this source already stored: a resumed scan skips them. */
  position: number;
  done: number;
}

export type CertificateKind = 'certificate' | 'precertificate';
export type PolicyType = 'DV' | 'OV' | 'IV' | 'EV';

/** Each distinct certificate seen by any scan, once. */
export interface CertificatesTable {
  id: Id;
  sha256: string;
  kind: CertificateKind;
  /** Lower-case hex, no separators. */
  serial: string;
  issuer: string;
  subject: string;
  /** JSON array of the dNSNames of the SAN. */
  dns_names: string;
  not_before: number;
  not_after: number;
  policy_type: PolicyType | null;
  /** Lower-case hex keyIdentifier of the AKI, to match an issuer and its CRL. */
  authority_key_id: string | null;
  /** JSON array of the CRL distribution point URLs. */
  crl_urls: string;
  der: ColumnType<Buffer, Buffer | Uint8Array, never>;
}

export interface FindingsTable {
  certificate_id: number;
  lint: string;
  /** notice, warn, error or fatal: passing and not-applicable results are not stored. */
  status: string;
  details: string | null;
}

export interface ScanCertificatesTable {
  scan_id: number;
  certificate_id: number;
}

export interface ScopesTable {
  id: Id;
  name: string;
  /** The incident it scopes, e.g. a Bugzilla bug number or an internal reference. */
  incident: string | null;
  /** The saved query as JSON (lint names, statuses, date range, issuer). */
  query: string;
  created_by: string;
  created_at: number;
  approved_by: string | null;
  approved_at: number | null;
  last_run_at: number | null;
  last_count: number | null;
  /** SHA-256 over the sorted certificate fingerprints of the last run: a re-run shows any change. */
  last_digest: string | null;
}

/** The certificates (precertificates included) a scope's last run found (migration 007). */
export interface ScopeCertificatesTable {
  scope_id: number;
  certificate_id: number;
}

export interface RemediationsTable {
  id: Id;
  certificate_id: number;
  scope_id: number | null;
  /** BR 4.9.1.1 reason number 1–16. */
  reason: number;
  /** When the CA was made aware: the revocation clock's start. */
  aware_at: number;
  planned_at: number | null;
  revoked_at: number | null;
  /** The CRL reasonCode used, null for none (unspecified). */
  revocation_code: number | null;
  /** When the revocation was recorded in Vigil: the CRL must show it within 24 h (BR 4.9.7). */
  recorded_at: number | null;
  note: string | null;
}

export interface CrlSourcesTable {
  id: Id;
  /** An http(s) URL or a file path. */
  location: string;
  issuer_der: ColumnType<Buffer | null, Buffer | Uint8Array | null, Buffer | Uint8Array | null>;
  added_at: number;
}

export interface CrlChecksTable {
  id: Id;
  source_id: number;
  checked_at: number;
  ok: number;
  this_update: number | null;
  next_update: number | null;
  /** Decimal string: CRL numbers reach 2^159. */
  crl_number: string | null;
  /** 'valid', 'invalid', 'unknown issuer', 'unsupported algorithm', … */
  signature: string;
  /** JSON array of {code, severity, message, rule}. */
  problems: string;
  sha256: string | null;
}

export interface CrlEntriesTable {
  source_id: number;
  serial: string;
  revoked_at: number;
  reason_code: number | null;
}

export interface ScanDatabase {
  scans: ScansTable;
  scan_sources: ScanSourcesTable;
  certificates: CertificatesTable;
  findings: FindingsTable;
  scan_certificates: ScanCertificatesTable;
  scopes: ScopesTable;
  scope_certificates: ScopeCertificatesTable;
  remediations: RemediationsTable;
  crl_sources: CrlSourcesTable;
  crl_checks: CrlChecksTable;
  crl_entries: CrlEntriesTable;
}

export type StoredCertificate = Selectable<CertificatesTable>;
export type Remediation = Selectable<RemediationsTable>;
export type Scope = Selectable<ScopesTable>;
