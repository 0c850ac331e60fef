/**
 * A varied corpus of leaf certificates for benchmarks: RSA and ECDSA keys,
 * 1–100 SANs, DV/OV/EV policies, and about one in five with a defect.
 * Seeded, so every run lints the same certificates.
 */
import { OID } from '../src/x509/oids.js';
import { type CertOptions, ext, type KeyName, leaf, name } from '../test/support/certs.js';
import { evLeaf, ovLeaf } from '../test/support/profiles.js';
import { seededRandom } from '../test/support/random.js';

const KEYS: KeyName[] = ['rsa2048', 'p256', 'p384', 'rsa3072'];
const SIGNERS: KeyName[] = ['p256', 'rsa2048'];

const DEFECTS: ((host: string) => CertOptions)[] = [
  (host) => ({ subject: name(['CN', `other.${host}`]) }),
  () => ({ serial: 0x1234n }),
  () => ({ notAfter: new Date('2027-06-01T00:00:00Z') }),
  (host) => ({ ext: { [OID.subjectAltName]: ext.subjectAltName([`bad_name.${host}`, host]) } }),
  () => ({ ext: { [OID.basicConstraints]: ext.basicConstraints(false, undefined, false) } }),
];

export function generateCorpus(count: number, seed = 42): Uint8Array[] {
  const rnd = seededRandom(seed);
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const host = `host${i}.example${i % 97}.com`;
    const sans = [host, ...Array.from({ length: Math.floor(rnd() * 100) }, (_, j) => `s${j}.${host}`)];
    const base: CertOptions = {
      key: KEYS[i % KEYS.length] as KeyName,
      signer: SIGNERS[i % SIGNERS.length] as KeyName,
      subject: name(['CN', host]),
      ext: { [OID.subjectAltName]: ext.subjectAltName(sans) },
    };
    const defect =
      rnd() < 0.2 ? (DEFECTS[Math.floor(rnd() * DEFECTS.length)] as (h: string) => CertOptions)(host) : {};
    const options = { ...base, ...defect, ext: { ...base.ext, ...defect.ext } };
    const kind = rnd();
    out.push(
      kind < 0.6
        ? leaf(options)
        : kind < 0.85
          ? ovLeaf({ ...options, subject: defect.subject ?? ovName(host) })
          : evLeaf({ ...options, subject: defect.subject ?? evName(host) }),
    );
  }
  return out;
}

const ovName = (host: string) =>
  name(['C', 'DE'], ['ST', 'Bayern'], ['L', 'München'], ['O', 'Beispiel GmbH'], ['CN', host]);
const evName = (host: string) =>
  name(
    ['businessCategory', 'Private Organization'],
    ['jurC', 'DE'],
    ['serialNumber', 'HRB 123456'],
    ['C', 'DE'],
    ['ST', 'Bayern'],
    ['L', 'München'],
    ['O', 'Beispiel GmbH'],
    ['CN', host],
  );
