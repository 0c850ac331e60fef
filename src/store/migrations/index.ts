import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database.js';
import * as cprDesk from './001_cpr_desk.js';
import * as intake from './002_intake.js';
import * as alertOutcome from './003_alert_outcome.js';
import * as auditAppendOnly from './004_audit_append_only.js';
import * as scanAndCrl from './005_scan_and_crl.js';
import * as reportDelivery from './006_report_delivery.js';
import * as scopeCertificates from './007_scope_certificates.js';
import * as incidentsBugzilla from './008_incidents_bugzilla.js';

/** Every migration in order; names sort as they apply. */
const ALL: Record<string, { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> }> = {
  '001_cpr_desk': cprDesk,
  '002_intake': intake,
  '003_alert_outcome': alertOutcome,
  '004_audit_append_only': auditAppendOnly,
  '005_scan_and_crl': scanAndCrl,
  '006_report_delivery': reportDelivery,
  '007_scope_certificates': scopeCertificates,
  '008_incidents_bugzilla': incidentsBugzilla,
};

/** The migrations bound to one dialect, in the shape Kysely's Migrator reads. */
export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(ALL).map(([name, m]) => [name, { up: (db: Kysely<unknown>) => m.up(db, dialect) }]),
  );
}
