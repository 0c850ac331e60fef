/**
 * What a scan keeps of one certificate: the columns of the certificates table and the findings
 * that are not pass, NA or NE. Computed in the worker thread that lints, so only this small
 * record crosses back to the thread that writes the database.
 */
import { createHash } from 'node:crypto';
import { allLints, lintCertificate } from '../linter/index.js';
import type { Certificate } from '../x509/certificate.js';
import { policyType } from '../x509/classify.js';
import { dnsNames, GeneralNameTag } from '../x509/generalName.js';
import { formatName } from '../x509/name.js';
import type { CertificateKind, PolicyType } from '../store/scanSchema.js';

export interface Finding {
  readonly lint: string;
  readonly status: string;
  readonly details: string | null;
}

export interface CertificateRecord {
  readonly sha256: string;
  readonly kind: CertificateKind;
  readonly serial: string;
  readonly issuer: string;
  readonly subject: string;
  /** JSON arrays, as stored: one string crosses between threads faster than many. */
  readonly dnsNamesJson: string;
  readonly notBefore: number;
  readonly notAfter: number;
  readonly policyType: PolicyType | null;
  readonly authorityKeyId: string | null;
  readonly crlUrlsJson: string;
  readonly findings: readonly Finding[];
}

export type Linted = { readonly record: CertificateRecord } | { readonly problem: string };

/** Looking each lint up is faster than listing the keys of a result set of hundreds. */
const CERTIFICATE_LINTS = allLints.filter((l) => l.target === 'certificate').map((l) => l.name);

/** Lints one DER object; an object that is not a certificate is a problem with its reason. */
export function lintToRecord(der: Uint8Array, at: Date | undefined): Linted {
  const report = lintCertificate(der, at ? { at } : {});
  if (report.fatal)
    return { problem: `not a certificate: ${report.fatal.reason} (byte ${report.fatal.offset})` };
  const cert = report.parsed as Certificate;
  const findings: Finding[] = [];
  for (const lint of CERTIFICATE_LINTS) {
    const result = report.results[lint];
    if (result === undefined || result.status === 'pass' || result.status === 'NA' || result.status === 'NE')
      continue;
    findings.push({ lint, status: result.status, details: result.details ?? null });
  }
  const ext = cert.extensions;
  const aki = ext.authorityKeyIdentifier?.keyIdentifier;
  return {
    record: {
      sha256: createHash('sha256').update(der).digest('hex'),
      kind: cert.kind === 'precertificate' ? 'precertificate' : 'certificate',
      serial: serialHex(cert.serial.bytes),
      issuer: formatName(cert.issuer),
      subject: formatName(cert.subject),
      dnsNamesJson: JSON.stringify(dnsNames(ext.subjectAltName ?? [])),
      notBefore: cert.notBefore.ms,
      notAfter: cert.notAfter.ms,
      policyType: policyType(cert) ?? null,
      authorityKeyId: aki ? Buffer.from(aki).toString('hex') : null,
      crlUrlsJson: JSON.stringify(
        (ext.crlDistributionPoints ?? []).flatMap((dp) =>
          (dp.fullName ?? []).flatMap((n) =>
            n.tag === GeneralNameTag.uniformResourceIdentifier ? [n.value] : [],
          ),
        ),
      ),
      findings,
    },
  };
}

/** Lower-case hex of the serial's octets without the sign octet DER adds before a high bit. */
export function serialHex(bytes: Uint8Array): string {
  const trimmed = bytes.length > 1 && bytes[0] === 0 ? bytes.subarray(1) : bytes;
  return Buffer.from(trimmed).toString('hex');
}
