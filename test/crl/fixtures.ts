/**
 * Rows the CRL watch reads, written as a scan and the remediation tracker would write them: a
 * stored certificate (certificates) and a revocation recorded for it (remediations).
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';
import { parseCertificate } from '../../src/x509/certificate.js';
import { GeneralNameTag } from '../../src/x509/generalName.js';
import { formatName } from '../../src/x509/name.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Stores a certificate as a scan does (serial without the sign octet); returns its id. */
export async function storeCertificate(db: Kysely<Database>, der: Uint8Array): Promise<number> {
  const parsed = parseCertificate(der);
  if (!parsed.ok) throw new Error(parsed.reason);
  const cert = parsed.value;
  const serial = cert.serial.bytes[0] === 0 ? cert.serial.bytes.subarray(1) : cert.serial.bytes;
  const aki = cert.extensions.authorityKeyIdentifier?.keyIdentifier;
  const urls = (cert.extensions.crlDistributionPoints ?? []).flatMap((dp) =>
    (dp.fullName ?? []).flatMap((n) => (n.tag === GeneralNameTag.uniformResourceIdentifier ? [n.value] : [])),
  );
  const { id } = await db
    .insertInto('certificates')
    .values({
      sha256: createHash('sha256').update(der).digest('hex'),
      kind: 'certificate',
      serial: hex(serial),
      issuer: formatName(cert.issuer),
      subject: formatName(cert.subject),
      dns_names: '[]',
      not_before: cert.notBefore.ms,
      not_after: cert.notAfter.ms,
      policy_type: null,
      authority_key_id: aki ? hex(aki) : null,
      crl_urls: JSON.stringify(urls),
      der,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Records the certificate as revoked (BR 4.9.1.1 reason 3 by default) at `recordedAt`, with this reasonCode. */
export async function recordRevocation(
  db: Kysely<Database>,
  certificateId: number,
  recordedAt: number,
  code: number | null,
): Promise<void> {
  await db
    .insertInto('remediations')
    .values({
      certificate_id: certificateId,
      scope_id: null,
      reason: 3,
      aware_at: recordedAt - 3_600_000,
      revoked_at: recordedAt,
      revocation_code: code,
      recorded_at: recordedAt,
    })
    .execute();
}
