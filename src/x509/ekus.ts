import type { Certificate } from './certificate.js';

/**
 * The extended key purposes zcrypto recognises (its generated ekuConstants);
 * others land in UnknownExtKeyUsage, which several zlint checks treat apart.
 */
const KNOWN_EKUS: ReadonlySet<string> = new Set([
  '1.2.840.113635.100.4.1',
  '1.2.840.113635.100.4.1.1',
  '1.2.840.113635.100.4.1.2',
  '1.2.840.113635.100.4.1.3',
  '1.2.840.113635.100.4.1.4',
  '1.2.840.113635.100.4.2',
  '1.2.840.113635.100.4.3',
  '1.2.840.113635.100.4.4',
  '1.2.840.113635.100.4.5',
  '1.2.840.113635.100.4.5.1',
  '1.2.840.113635.100.4.5.2',
  '1.2.840.113635.100.4.5.3',
  '1.2.840.113635.100.4.5.4',
  '1.2.840.113635.100.4.6',
  '1.2.840.113635.100.4.6.1',
  '1.2.840.113635.100.4.6.2',
  '1.2.840.113635.100.4.6.3',
  '1.2.840.113635.100.4.6.4',
  '1.3.6.1.4.1.311.10.3.1',
  '1.3.6.1.4.1.311.10.3.10',
  '1.3.6.1.4.1.311.10.3.11',
  '1.3.6.1.4.1.311.10.3.12',
  '1.3.6.1.4.1.311.10.3.13',
  '1.3.6.1.4.1.311.10.3.14',
  '1.3.6.1.4.1.311.10.3.15',
  '1.3.6.1.4.1.311.10.3.16',
  '1.3.6.1.4.1.311.10.3.2',
  '1.3.6.1.4.1.311.10.3.3',
  '1.3.6.1.4.1.311.10.3.3.1',
  '1.3.6.1.4.1.311.10.3.4',
  '1.3.6.1.4.1.311.10.3.4.1',
  '1.3.6.1.4.1.311.10.3.5',
  '1.3.6.1.4.1.311.10.3.6',
  '1.3.6.1.4.1.311.10.3.7',
  '1.3.6.1.4.1.311.10.3.8',
  '1.3.6.1.4.1.311.10.3.9',
  '1.3.6.1.4.1.311.10.5.1',
  '1.3.6.1.4.1.311.10.5.2',
  '1.3.6.1.4.1.311.10.5.3',
  '1.3.6.1.4.1.311.10.5.4',
  '1.3.6.1.4.1.311.20.2.1',
  '1.3.6.1.4.1.311.20.2.2',
  '1.3.6.1.4.1.311.21.5',
  '1.3.6.1.4.1.311.21.6',
  '1.3.6.1.4.1.311.47.1.1',
  '1.3.6.1.4.1.311.47.1.3',
  '1.3.6.1.4.1.311.61.1.1',
  '1.3.6.1.5.5.7.3.1',
  '1.3.6.1.5.5.7.3.10',
  '1.3.6.1.5.5.7.3.11',
  '1.3.6.1.5.5.7.3.13',
  '1.3.6.1.5.5.7.3.14',
  '1.3.6.1.5.5.7.3.2',
  '1.3.6.1.5.5.7.3.3',
  '1.3.6.1.5.5.7.3.4',
  '1.3.6.1.5.5.7.3.5',
  '1.3.6.1.5.5.7.3.6',
  '1.3.6.1.5.5.7.3.7',
  '1.3.6.1.5.5.7.3.8',
  '1.3.6.1.5.5.7.3.9',
  '2.16.840.1.113730.4.1',
  '2.5.29.37.0',
]);

const NONE: readonly string[] = [];
const split = new WeakMap<Certificate, { known: readonly string[]; unknown: readonly string[] }>();

function splitEkus(cert: Certificate) {
  let s = split.get(cert);
  if (s) return s;
  const ekus = cert.extensions.extKeyUsage ?? NONE;
  s = ekus.every((e) => KNOWN_EKUS.has(e))
    ? { known: ekus, unknown: NONE }
    : { known: ekus.filter((e) => KNOWN_EKUS.has(e)), unknown: ekus.filter((e) => !KNOWN_EKUS.has(e)) };
  split.set(cert, s);
  return s;
}

/** The key purposes zcrypto puts in ExtKeyUsage (those it recognises), in order. */
export const knownEkus = (cert: Certificate): readonly string[] => splitEkus(cert).known;

/** The key purposes zcrypto puts in UnknownExtKeyUsage. */
export const unknownEkus = (cert: Certificate): readonly string[] => splitEkus(cert).unknown;
