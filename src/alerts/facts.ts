/** A case row as the facts its clocks count from (rules/cpr.ts). */
import { type CprFacts, isShortLived } from '../rules/index.js';
import type { Case, CaseCertificate } from '../store/schema.js';

export type CaseClockFields = Pick<
  Case,
  | 'received_at'
  | 'preliminary_report_sent_at'
  | 'revocation_reason'
  | 'revocation_decided_at'
  | 'revocation_subordinate_ca'
  | 'revocation_published_at'
>;

export type CertificateValidity = Pick<CaseCertificate, 'not_before' | 'not_after'>;

/**
 * A revocation is short-lived (no clock, BR 4.9.1.1) only when the case names certificates and
 * every one of them is known and short-lived: a reference not yet resolved could be anything, so
 * it keeps the clock running rather than silence an alert.
 */
export function cprFactsOf(c: CaseClockFields, certificates: readonly CertificateValidity[]): CprFacts {
  const shortLived =
    certificates.length > 0 &&
    certificates.every(
      (cert) =>
        cert.not_before !== null && cert.not_after !== null && isShortLived(cert.not_before, cert.not_after),
    );
  return {
    receivedAt: c.received_at,
    preliminaryReportSentAt: c.preliminary_report_sent_at,
    revocation:
      c.revocation_reason === null
        ? null
        : {
            reason: c.revocation_reason,
            decidedAt: c.revocation_decided_at ?? c.received_at,
            subordinateCa: c.revocation_subordinate_ca === 1,
            shortLived,
          },
    revocationPublishedAt: c.revocation_published_at,
  };
}
