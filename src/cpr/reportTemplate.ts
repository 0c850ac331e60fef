/**
 * The first draft of a preliminary report (BR 4.9.5), written from what the
 * case knows. What only a person can say is left as [[…]] placeholders, and a
 * report with a placeholder left cannot be approved.
 */
import { revocationReason } from '../rules/index.js';
import type { Case, CaseCertificate } from '../store/schema.js';
import { formatUtc } from './acknowledgement.js';
import { formatCaseNumber } from './subject.js';

export const PLACEHOLDER = /\[\[[^\]]*\]\]/;

export interface ReportDraft {
  readonly subject: string;
  readonly body: string;
}

export function draftPreliminaryReport(
  c: Pick<Case, 'id' | 'received_at' | 'revocation_reason' | 'revocation_subordinate_ca'>,
  /** When the revocation must be published; undefined when no clock runs (short-lived certificates). */
  revocationDueAt: number | undefined,
  certificates: readonly Pick<
    CaseCertificate,
    'kind' | 'value' | 'sha256' | 'subject' | 'serial' | 'issuer'
  >[],
  caName: string,
): ReportDraft {
  const number = formatCaseNumber(c.id);
  const listed = certificates.length
    ? certificates.map((cert) => `- ${describe(cert)}`).join('\n')
    : '- [[No certificate is linked to this case yet: name the certificates concerned.]]';
  const decision =
    c.revocation_reason === null
      ? '[[State whether the certificates will be revoked, for which reason of BR 4.9.1.1, and by when.]]'
      : revocationDecision(c.revocation_reason, c.revocation_subordinate_ca === 1, revocationDueAt);
  return {
    subject: `[${number}] Preliminary report on the certificate problem report of ${formatUtc(c.received_at)}`,
    body: `This is the preliminary report of ${caName} on the certificate problem report received on
${formatUtc(c.received_at)} (case ${number}). It goes to the person who reported the problem and to the
subscriber of the certificates concerned, as section 4.9.5 of the CA/Browser Forum Baseline
Requirements asks within 24 hours of receipt.

Certificates concerned:
${listed}

Findings so far:
[[What was checked, and what was found.]]

Decision:
${decision}

Next steps:
[[What happens next, and when the reporter and the subscriber will hear from us again.]]

${caName}
`,
  };
}

function describe(
  cert: Pick<CaseCertificate, 'kind' | 'value' | 'sha256' | 'subject' | 'serial' | 'issuer'>,
): string {
  if (cert.sha256 && cert.subject) {
    return `SHA-256 ${cert.sha256}\n  subject: ${cert.subject}\n  serial: ${cert.serial ?? 'unknown'}, issuer: ${cert.issuer ?? 'unknown'}`;
  }
  return `${cert.kind.replace(/_/g, ' ')}: ${cert.value}`;
}

function revocationDecision(reasonNumber: number, subordinateCa: boolean, dueAt: number | undefined): string {
  const reason = revocationReason(reasonNumber);
  const what = subordinateCa ? 'The subordinate CA certificate' : 'The certificates';
  const when = dueAt === undefined ? '' : ` no later than ${formatUtc(dueAt)}`;
  const code =
    reason.crlReason.code === null
      ? 'The CRL entries will carry no reason code (unspecified).'
      : `The CRL entries will carry the reason code ${reason.crlReason.name}.`;
  return `${what} will be revoked${when}, for reason ${reason.number} of BR 4.9.1.1 (${reason.label}). ${reason.text} ${code}`;
}
