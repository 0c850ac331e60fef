/**
 * When each rule took effect, named after the document version or ballot that
 * set it. Every lint takes its effective and ineffective dates from here, so a
 * new BR version is a new row, not a hunt through lint files. All UTC midnight.
 */
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export const RuleDate = {
  /** Applies to everything ever issued. */
  always: utc('0000-01-01'),
  rfc1035: utc('1987-01-01'),
  rfc2459: utc('1999-01-01'),
  rfc3279: utc('2002-04-01'),
  rfc3280: utc('2002-04-01'),
  rfc3490: utc('2003-03-01'),
  rfc4325: utc('2005-12-01'),
  rfc4630: utc('2006-08-01'),
  rfc5280: utc('2008-05-01'),
  rfc6818: utc('2013-01-01'),
  rfc6962: utc('2013-06-01'),
  /** RFC 5480 (ECC SubjectPublicKeyInfo, key usage bits for EC keys), published March 2009. */
  rfc5480: utc('2009-03-01'),
  rfc8399: utc('2018-05-01'),
  rfc8813: utc('2020-08-01'),
  /** CA/Browser Forum Baseline Requirements 1.0 in force. */
  cabfBr100: utc('2012-07-01'),
  cabfBr102: utc('2012-06-08'),
  cabfBr113: utc('2013-02-21'),
  cabfBr114: utc('2013-05-03'),
  cabfBr116: utc('2013-07-29'),
  cabfBr121: utc('2015-01-16'),
  cabfBr130: utc('2015-04-16'),
  cabfBr131: utc('2015-09-28'),
  /** BR 1.3.0: reserved IP addresses forbidden in certificates issued from this date. */
  noReservedIpIssuance: utc('2015-11-01'),
  /** BR 7.1.4.2.1: certificates with reserved IPs or internal names revoked/expired by this date. */
  cabfReservedIp: utc('2016-10-01'),
  cabfGivenName: utc('2016-09-07'),
  /** Ballot 164: serial numbers with at least 64 bits of CSPRNG output. */
  serialEntropy: utc('2016-09-30'),
  /** Ballot 193: subscriber validity at most 39 months. */
  subscriber39Months: utc('2016-07-02'),
  /** Ballot 193: subscriber validity at most 825 days. */
  subscriber825Days: utc('2018-03-02'),
  cabfBr148: utc('2017-06-08'),
  /** Ballot 202 / BR 1.6.2: underscores no longer permitted in dNSNames after this date. */
  cabfBr162: utc('2018-12-10'),
  underscoreSunset: utc('2019-04-01'),
  /** Ballot SC16: subject attributes registry. */
  sc16: utc('2019-04-16'),
  sc17: utc('2019-06-21'),
  /** Ballot SC31 / BR 1.7.1 (EKU and related profile updates). */
  cabfBr169: utc('2020-03-27'),
  cabfBr171: utc('2020-08-20'),
  /** Ballot SC31: subscriber validity at most 398 days. */
  subscriber398Days: utc('2020-09-01'),
  cabfBr179: utc('2021-08-16'),
  cabfBr180: utc('2021-08-25'),
  /** Ballot SC48: internal names with reserved labels. */
  noReservedDomainLabels: utc('2021-10-01'),
  /** Ballot SC47: organizationalUnitName prohibited. */
  ouProhibited: utc('2022-09-01'),
  /** Ballot SC61 / BR 1.8.7: CRL reason codes. */
  sc61CrlReasons: utc('2023-07-15'),
  /** Ballot SC62 / BR 2.0.0: certificate profiles of 7.1.2. */
  sc62Profiles: utc('2023-09-15'),
  /** Ballot SC63 / BR 2.0.1: OCSP optional, CRLs required. */
  sc63CrlRequired: utc('2024-03-15'),
  /** Ballot SC81: validity and data reuse reductions, three steps. */
  sc81Step1: utc('2026-03-15'),
  sc81Step2: utc('2027-03-15'),
  sc81Step3: utc('2029-03-15'),
  /** Ballot SC72 / EVG 2.0.1: EV no longer requires the CPS URI policy qualifier. */
  evg201: utc('2024-05-06'),
  /** Ballot SC95 / EVG 2.0.2. */
  evg202: utc('2026-05-04'),
  /** S/MIME Baseline Requirements 1.0.0. */
  smimeBr100: utc('2023-09-01'),
  /** EV Guidelines 1.7.0: organizationIdentifier and registration schemes. */
  evg170: utc('2020-01-31'),
  onionOnlyEv: utc('2015-05-01'),
  /** Mozilla Root Store Policy versions. */
  mozilla22: utc('2013-07-26'),
  mozilla24: utc('2017-02-28'),
  mozilla241: utc('2017-03-31'),
  mozilla27: utc('2020-01-01'),
  mozilla30: utc('2025-03-15'),
  /** Mozilla Root Store Policy 2.6.1, 5.3: EKU rules for intermediates created from this date. */
  mozillaIntermediateEku: utc('2019-01-01'),
  /** Chrome Root Program Policy 1.8, 1.3.2: TLS server certificates may not carry clientAuth. */
  chromeNoClientAuth: utc('2027-03-15'),
  /** Ballot SC86 (BRs 4.2.2): no Domain Names ending in an IP reverse zone suffix. */
  sc86ReverseZoneSuffix: utc('2026-03-15'),
  noSha1: utc('2016-01-01'),
  noRsa1024: utc('2014-01-01'),
  noRsa1024Root: utc('2011-01-01'),
  /** RFC 5280 4.1.2.5: GeneralizedTime from 2050 on. */
  generalizedTimeYear: utc('2050-01-01'),
  appleCtPolicy: utc('2018-10-15'),
} as const;

export type RuleDateName = keyof typeof RuleDate;

/** The instant `months` calendar months after `ms`, overflowing as Go's AddDate does (Jan 31 + 1 = Mar 3). */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
}
