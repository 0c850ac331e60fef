/**
 * Where CRLs are read from (crl_sources): locations added by hand with their issuer, and the CRL
 * distribution points of the unexpired certificates scans have stored, with the issuer found among
 * the stored CA certificates when it is there.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { parseCertificate } from '../x509/certificate.js';
import { isCA } from '../x509/classify.js';
import { crlUrlsOf } from './coverage.js';
import { isUrl } from './fetch.js';

export interface CrlSource {
  readonly id: number;
  readonly location: string;
  /** The issuer certificate to verify against; null when none is known. */
  readonly issuerDer: Uint8Array | null;
}

type Db = Kysely<Database>;

const SOURCE_COLUMNS = ['id', 'location', 'issuer_der'] as const;
const toSource = (r: { id: number; location: string; issuer_der: Buffer | null }): CrlSource => ({
  id: r.id,
  location: r.location,
  issuerDer: r.issuer_der === null ? null : new Uint8Array(r.issuer_der),
});

export async function sourceAt(db: Db, location: string): Promise<CrlSource | undefined> {
  const row = await db
    .selectFrom('crl_sources')
    .select(SOURCE_COLUMNS)
    .where('location', '=', location)
    .executeTakeFirst();
  return row && toSource(row);
}

export async function allSources(db: Db): Promise<CrlSource[]> {
  return (await db.selectFrom('crl_sources').select(SOURCE_COLUMNS).orderBy('id').execute()).map(toSource);
}

/** Adds a source, or sets the issuer of the one at `location` when an issuer is given. */
export async function addSource(db: Db, location: string, issuerDer: Uint8Array | null, now: number) {
  await db
    .insertInto('crl_sources')
    .values({ location, issuer_der: issuerDer, added_at: now })
    .onConflict((oc) => oc.column('location').doNothing())
    .execute();
  if (issuerDer !== null)
    await db
      .updateTable('crl_sources')
      .set({ issuer_der: issuerDer })
      .where('location', '=', location)
      .execute();
  const source = await sourceAt(db, location);
  if (source === undefined) throw new Error(`CRL source ${location} vanished after it was added`);
  return source;
}

/**
 * Adds every http(s) CRL distribution point of a stored, unexpired certificate as a source, and
 * fills in the issuer of sources that have none when the issuing CA's certificate is stored.
 */
export async function discoverSources(db: Db, now: number): Promise<void> {
  const rows = await db
    .selectFrom('certificates')
    .select(['crl_urls', 'issuer', 'authority_key_id'])
    .distinct()
    .where('not_after', '>=', now)
    .execute();
  const issuerOf = new Map<string, { issuer: string; keyId: string | null }>();
  for (const r of rows)
    for (const url of crlUrlsOf(r))
      if (isUrl(url) && !issuerOf.has(url))
        issuerOf.set(url, { issuer: r.issuer, keyId: r.authority_key_id });
  const known = new Map((await allSources(db)).map((s) => [s.location, s]));
  for (const [url, { issuer, keyId }] of issuerOf) {
    const source = known.get(url);
    if (source?.issuerDer) continue;
    const issuerDer = await storedIssuer(db, issuer, keyId);
    if (source === undefined || issuerDer !== null) await addSource(db, url, issuerDer, now);
  }
}

/** A stored CA certificate with this subject and (when known) this subjectKeyIdentifier. */
async function storedIssuer(db: Db, subject: string, keyId: string | null): Promise<Uint8Array | null> {
  const rows = await db.selectFrom('certificates').select('der').where('subject', '=', subject).execute();
  for (const { der } of rows) {
    const parsed = parseCertificate(der);
    if (!parsed.ok || !isCA(parsed.value)) continue;
    const ski = parsed.value.extensions.subjectKeyIdentifier;
    if (keyId === null || (ski && Buffer.from(ski).toString('hex') === keyId.toLowerCase()))
      return new Uint8Array(der);
  }
  return null;
}
