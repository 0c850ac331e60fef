/**
 * A certificate that arrived with a report, decoded with the x509 views and
 * linted on arrival, so staff see at once what it is and what is wrong with it.
 * A certificate that does not parse is still kept, with the parse failure as
 * its one finding.
 */
import { type LintResult, lintCertificate } from '../linter/index.js';
import type { Certificate } from '../x509/certificate.js';
import { formatName } from '../x509/name.js';
import { normaliseSerial, sha256Hex } from './fingerprint.js';

export interface DecodedCertificate {
  readonly sha256: string;
  /** Null when the bytes are not a certificate. */
  readonly certificate: Certificate | null;
  readonly subject: string | null;
  readonly issuer: string | null;
  /** Minimal lower-case hex, as references name serials. */
  readonly serial: string | null;
  readonly notBefore: number | null;
  readonly notAfter: number | null;
  /** Every result other than pass, NA and NE, by lint name; a parse failure is the finding `parse`. */
  readonly findings: Readonly<Record<string, LintResult>>;
  /** Findings of severity error or fatal. */
  readonly lintErrors: number;
}

const QUIET = new Set(['pass', 'NA', 'NE']);

export function decodeCertificate(der: Uint8Array): DecodedCertificate {
  const report = lintCertificate(der);
  const sha256 = sha256Hex(der);
  if (report.fatal || !report.parsed || report.parsed.kind === 'crl') {
    const reason = report.fatal
      ? `${report.fatal.reason} (byte ${report.fatal.offset})`
      : 'not a certificate';
    return {
      sha256,
      certificate: null,
      subject: null,
      issuer: null,
      serial: null,
      notBefore: null,
      notAfter: null,
      findings: { parse: { status: 'fatal', details: reason } },
      lintErrors: 1,
    };
  }
  const cert = report.parsed;
  const findings: Record<string, LintResult> = {};
  let lintErrors = 0;
  for (const [name, result] of Object.entries(report.results)) {
    if (QUIET.has(result.status)) continue;
    findings[name] = result;
    if (result.status === 'error' || result.status === 'fatal') lintErrors++;
  }
  return {
    sha256,
    certificate: cert,
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    serial: normaliseSerial(Buffer.from(cert.serial.bytes).toString('hex'), 'hex') ?? null,
    notBefore: cert.notBefore.ms,
    notAfter: cert.notAfter.ms,
    findings,
    lintErrors,
  };
}

/** The names of the error and fatal findings, for a one-line summary. */
export function errorLints(findings: Readonly<Record<string, LintResult>>): string[] {
  return Object.entries(findings)
    .filter(([, r]) => r.status === 'error' || r.status === 'fatal')
    .map(([name]) => name);
}
