/**
 * Which stored certificates a CRL speaks for: those of its issuer (by key identifier, else by
 * name) and, for a partitioned CRL, only those whose CRL distribution points name it. A CRL
 * without an IssuingDistributionPoint is full and complete (BR 4.9.7) and covers every one.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { parseCertificate } from '../x509/certificate.js';
import { GeneralNameTag } from '../x509/generalName.js';
import { OID } from '../x509/oids.js';

export interface Coverage {
  /** Lower-case hex key identifier of the issuer (its SKI, else the CRL's AKI). */
  readonly keyId: string | null;
  /** The issuer's name as the certificates table writes it (formatName). */
  readonly issuerName: string | null;
  /** The URLs the CRL answers for when partitioned; null for a full CRL. */
  readonly urls: ReadonlySet<string> | null;
  /** Where the CRL is read from: certificates naming it are covered whatever the issuer fields say. */
  readonly location: string;
}

export interface CertificateRef {
  readonly authority_key_id: string | null;
  readonly issuer: string;
  /** JSON array, as stored. */
  readonly crl_urls: string;
}

export const crlUrlsOf = (cert: Pick<CertificateRef, 'crl_urls'>): string[] =>
  JSON.parse(cert.crl_urls) as string[];

export function covers(c: Coverage, cert: CertificateRef): boolean {
  const urls = crlUrlsOf(cert);
  if (urls.includes(c.location)) return true;
  const issued =
    c.keyId !== null && cert.authority_key_id !== null
      ? cert.authority_key_id.toLowerCase() === c.keyId
      : c.issuerName !== null && cert.issuer === c.issuerName;
  return issued && (c.urls === null || urls.some((u) => c.urls?.has(u)));
}

/** Selects the certificates that may be covered (a superset; `covers` decides). */
export function candidates(db: Kysely<Database>, c: Coverage) {
  return db.selectFrom('certificates').where((eb) =>
    eb.or([
      // LIKE's wildcards (_ and %) only widen the match; `covers` compares exactly.
      eb('certificates.crl_urls', 'like', `%${JSON.stringify(c.location)}%`),
      ...(c.keyId !== null ? [eb('certificates.authority_key_id', '=', c.keyId)] : []),
      ...(c.issuerName !== null ? [eb('certificates.issuer', '=', c.issuerName)] : []),
    ]),
  );
}

const BATCH = 500;

/**
 * Whether every unexpired certificate the CRL covers has an AIA OCSP pointer, which sets BR 4.9.7's
 * refresh interval (7 days, else 4); undefined when none is stored. Stops at the first without one.
 */
export async function everyCoveredHasOcsp(
  db: Kysely<Database>,
  c: Coverage,
  now: number,
): Promise<boolean | undefined> {
  let seen = false;
  for (let after = 0; ;) {
    const rows = await candidates(db, c)
      .select(['id', 'authority_key_id', 'issuer', 'crl_urls', 'der'])
      .where('not_after', '>=', now)
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const parsed = covers(c, row) ? parseCertificate(row.der) : undefined;
      if (!parsed?.ok) continue;
      seen = true;
      const aia = parsed.value.extensions.authorityInfoAccess ?? [];
      if (
        !aia.some((a) => a.method === OID.ocsp && a.location.tag === GeneralNameTag.uniformResourceIdentifier)
      )
        return false;
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < BATCH) return seen ? true : undefined;
    after = last.id;
  }
}
