/**
 * Corpora of really signed certificates with known defects, for scans and the reports built on
 * them. Each defect trips exactly one lint (`DEFECT_LINT`); every certificate, good or not, also
 * carries the notice every certificate without embedded SCTs gets (`EVERY_CERTIFICATE_LINT`).
 * Certificates are spread over notBefore dates, DV/OV/EV and RSA/ECDSA keys, in a fixed order, so
 * tests know the first and last notBefore of each defect.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePem } from '../../src/der/pem.js';
import { OID } from '../../src/x509/oids.js';
import { type CertOptions, ext, type KeyName, leaf } from './certs.js';
import { evLeaf, ovLeaf } from './profiles.js';

export type Defect = 'badDnsName' | 'cnNotInSan';

export const DEFECT_LINT: Readonly<Record<Defect, string>> = {
  badDnsName: 'e_dnsname_bad_character_in_label',
  cnNotInSan: 'e_subject_common_name_not_exactly_from_san',
};

/** Reported for every certificate (not precertificate) without embedded SCTs, as a notice. */
export const EVERY_CERTIFICATE_LINT = 'w_ct_sct_policy_count_unsatisfied';

export interface CorpusSpec {
  readonly good: number;
  readonly badDnsName?: number;
  readonly cnNotInSan?: number;
  /**
   * notBefore of the first certificate (2025-07-01 by default); each next one is `stepMs` later
   * (a day). Keep the last before 2027-03-15, when 90-day certificates start to break validity limits.
   */
  readonly from?: Date;
  readonly stepMs?: number;
  /** Up to this many extra SANs per certificate (varied, seeded): larger, more realistic certificates. */
  readonly extraSans?: number;
}

export interface CorpusCertificate {
  readonly der: Uint8Array;
  readonly defect: Defect | null;
  readonly notBefore: Date;
  readonly policyType: 'DV' | 'OV' | 'EV';
}

/** The profiles' subject CN, which a good certificate's SAN repeats. */
const CN = 'www.example.com';
const DAY = 86_400_000;
const KEYS: readonly KeyName[] = ['p256', 'rsa2048'];
/** Each profile with its policy again: options.ext replaces the profile's own. */
const PROFILES = [
  ['DV', leaf, OID.brDomainValidated],
  ['OV', ovLeaf, OID.brOrganizationValidated],
  ['EV', evLeaf, { oid: OID.evGuidelines, cps: 'https://cps.example.net' }],
] as const;

/**
 * The defects in a fixed interleaving: certificate i has the defect whose remaining count is
 * largest relative to its total, so each kind is spread over the whole date range.
 */
function defects(spec: CorpusSpec): (Defect | null)[] {
  const want: [Defect | null, number][] = [
    [null, spec.good],
    ['badDnsName', spec.badDnsName ?? 0],
    ['cnNotInSan', spec.cnNotInSan ?? 0],
  ];
  const total = want.reduce((n, [, c]) => n + c, 0);
  const used = want.map(() => 0);
  return Array.from({ length: total }, (_, i) => {
    let best = 0;
    let bestLag = -Infinity;
    want.forEach(([, c], k) => {
      const lag = (c * (i + 1)) / total - (used[k] as number);
      if ((used[k] as number) < c && lag > bestLag) [best, bestLag] = [k, lag];
    });
    used[best] = (used[best] as number) + 1;
    return (want[best] as [Defect | null, number])[0];
  });
}

/** Certificates one at a time, so a large corpus need not be held in memory. */
export function* defectCorpus(spec: CorpusSpec): Generator<CorpusCertificate> {
  const from = spec.from ?? new Date('2025-07-01T00:00:00Z');
  const step = spec.stepMs ?? DAY;
  let i = 0;
  for (const defect of defects(spec)) {
    const notBefore = new Date(from.getTime() + i * step);
    const host = `host${i}.example.org`;
    const extra = spec.extraSans ? (i * 7919) % (spec.extraSans + 1) : 0;
    const sans = [CN, host, ...Array.from({ length: extra }, (_, j) => `s${j}.${host}`)];
    if (defect === 'badDnsName') sans.push(`bad!name${i}.example.org`);
    const [policyType, profile, policy] = PROFILES[i % PROFILES.length] as (typeof PROFILES)[number];
    const options: CertOptions = {
      key: KEYS[Math.floor(i / PROFILES.length) % KEYS.length] as KeyName,
      signer: 'p256',
      notBefore,
      notAfter: new Date(notBefore.getTime() + 90 * DAY - 1000),
      ext: {
        [OID.certificatePolicies]: ext.certificatePolicies([policy]),
        [OID.subjectAltName]: ext.subjectAltName(defect === 'cnNotInSan' ? sans.slice(1) : sans),
      },
    };
    yield { der: profile(options), defect, notBefore, policyType };
    i++;
  }
}

/**
 * Writes certificates under `dir`: PEM bundles of `perBundle` certificates in nested folders,
 * or with `perBundle: 1`, one DER file each. Returns the paths written.
 */
export function writeCorpus(
  dir: string,
  certificates: Iterable<CorpusCertificate>,
  { perBundle = 100 }: { perBundle?: number } = {},
): string[] {
  const paths: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const n = paths.length;
    const folder = join(dir, `part${String(Math.floor(n / 10)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `bundle${String(n).padStart(5, '0')}.pem`);
    writeFileSync(path, pending.join(''));
    paths.push(path);
    pending = [];
  };
  let i = 0;
  for (const c of certificates) {
    if (perBundle === 1) {
      const folder = join(dir, `part${String(Math.floor(i / 100)).padStart(3, '0')}`);
      mkdirSync(folder, { recursive: true });
      const path = join(folder, `cert${String(i).padStart(6, '0')}.der`);
      writeFileSync(path, c.der);
      paths.push(path);
    } else {
      pending.push(encodePem('CERTIFICATE', c.der));
      if (pending.length === perBundle) flush();
    }
    i++;
  }
  flush();
  return paths;
}
