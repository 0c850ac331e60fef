/*
 * BRs 7.1.2.7.3, 7.1.2.7.4 and 7.1.2.7.5 (BR 2.0.0 on; 7.1.4.2 from Ballot SC16,
 * BR 1.6.5; 7.1.4.2.2(j) before): "subject Attributes MUST NOT contain only
 * metadata such as '.', '-', and ' ' (i.e. space) characters, and/or any other
 * indication that the value is absent, incomplete, or not applicable."
 * Before SC16 the clause covered optional attributes other than organizationalUnitName.
 *
 * Seed 004: Sectigo issued certificates whose address attributes held such
 * placeholders. A value is a placeholder when, trimmed and compared without
 * case, it is only punctuation, symbols or spaces; or it is "NA", "N/A",
 * "none", "(none)", "Not Applicable", "Not Available", "unknown" or "null"
 * (ignoring spaces and . - _ / ( ) around the letters); or it is one of OpenSSL's
 * sample defaults "Some-State", "Default City", "Default Company Ltd" or
 * "Internet Widgits Pty Ltd", which reach certificates when a CSR's prompts are
 * accepted unread.
 *
 * Real values that look like placeholders are let through: "NA" in countryName
 * or jurisdictionCountry (Namibia) and in stateOrProvinceName or
 * jurisdictionStateOrProvince when the country is IT (the province of Naples);
 * and the bare words "Na", "None" and "Null" in personal-name attributes, which
 * are real surnames. "NA" as a whole organizationName or localityName is
 * reported: no real organisation or place is recorded under that bare abbreviation.
 */
import { RuleDate } from '../../lint/dates.js';
import { type CertificateLint, fail, pass } from '../../lint/types.js';
import type { Certificate } from '../../x509/certificate.js';
import { isServerAuth, isSubscriber } from '../../x509/classify.js';
import { parseIp } from '../../x509/ip.js';
import { type Attribute, attributeValues } from '../../x509/name.js';
import { OID } from '../../x509/oids.js';
import { describe } from '../util/subject_values.js';

/** No letter, digit or combining mark: only punctuation, symbols, separators or controls. */
const METADATA_ONLY = /^[\p{P}\p{S}\p{Z}\p{C}]*$/u;
const NON_ASCII = /[^\x20-\x7e]/;
/** A cheap first test for ASCII values: every placeholder word starts with one of these letters. */
const CANDIDATE = /^[\s.\-_/\\()[\]'"]*[dinsu]/i;
/** What is ignored around the letters of a placeholder word. */
const NOISE = /[\s.\-_/\\()[\]'"]+/gu;

const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'na',
  'none',
  'notapplicable',
  'notavailable',
  'unknown',
  'null',
  // OpenSSL's openssl.cnf sample defaults, with the same noise removed.
  'somestate',
  'defaultcity',
  'defaultcompanyltd',
  'internetwidgitsptyltd',
]);

/** Longer than any placeholder with its noise: not worth normalising. */
const MAX_PLACEHOLDER = 40;

const PERSONAL_NAMES: ReadonlySet<string> = new Set([
  OID.surname,
  OID.givenName,
  OID.initials,
  OID.generationQualifier,
  OID.pseudonym,
]);
const PERSONAL_WORDS: ReadonlySet<string> = new Set(['na', 'none', 'null']);
const BARE_WORD = /^\p{L}+$/u;

/** Why the value of an attribute is a placeholder, or undefined when it is not. */
function placeholder(a: Attribute, cert: Certificate): string | undefined {
  if (a.value === undefined) return undefined;
  const trimmed = a.value.value.trim();
  // "::" is punctuation only, but it is an IPv6 address, not metadata.
  if (METADATA_ONLY.test(trimmed)) return parseIp(trimmed) ? undefined : 'holds only metadata characters';
  if (trimmed.length > MAX_PLACEHOLDER) return undefined;
  let text = trimmed;
  if (NON_ASCII.test(trimmed)) text = trimmed.normalize('NFKC');
  else if (!CANDIDATE.test(trimmed)) return undefined;
  const key = text.toLowerCase().replace(NOISE, '');
  if (!PLACEHOLDERS.has(key)) return undefined;
  if (key === 'na' && trimmed.toUpperCase() === 'NA' && namesNaturally(a.type, cert)) return undefined;
  if (PERSONAL_NAMES.has(a.type) && PERSONAL_WORDS.has(key) && BARE_WORD.test(trimmed)) return undefined;
  return 'is a placeholder for an absent or inapplicable value';
}

/** Whether "NA" is a real code for this attribute: Namibia, or the Italian province of Naples. */
function namesNaturally(type: string, cert: Certificate): boolean {
  if (type === OID.countryName || type === OID.jurisdictionCountry) return true;
  const country =
    type === OID.stateOrProvinceName
      ? OID.countryName
      : type === OID.jurisdictionStateOrProvince
        ? OID.jurisdictionCountry
        : undefined;
  return (
    country !== undefined &&
    attributeValues(cert.subject, country).some((c) => c.trim().toUpperCase() === 'IT')
  );
}

export const lint: CertificateLint = {
  name: 'e_subject_contains_placeholder_value',
  description:
    'Subscriber subject attributes must not hold a placeholder ("N/A", "none", "unknown", punctuation only, OpenSSL defaults such as "Some-State") instead of verified information',
  citation: 'BRs: 7.1.2.7.3, 7.1.2.7.4, 7.1.2.7.5 (7.1.4.2 before 2.0.0)',
  source: 'cabf_br',
  effectiveDate: RuleDate.cabfBr100,
  target: 'certificate',
  appliesTo: (cert) => isSubscriber(cert) && isServerAuth(cert),
  run: (cert) => {
    const beforeSc16 = cert.notBefore.ms < RuleDate.sc16.getTime();
    for (const a of cert.subject.attributes) {
      if (beforeSc16 && a.type === OID.organizationalUnitName) continue;
      const why = placeholder(a, cert);
      if (why !== undefined) return fail(`subject ${describe(a)} ${why}`);
    }
    return pass;
  },
};
