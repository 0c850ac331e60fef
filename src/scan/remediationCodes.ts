/** RFC 5280 CRLReason codes by name, as revocations are recorded and appendices print them. */

const NAMES: Record<number, string> = {
  0: 'unspecified',
  1: 'keyCompromise',
  2: 'cACompromise',
  3: 'affiliationChanged',
  4: 'superseded',
  5: 'cessationOfOperation',
  6: 'certificateHold',
  8: 'removeFromCRL',
  9: 'privilegeWithdrawn',
  10: 'aACompromise',
};

/**
 * The reason a CRL entry states. No reasonCode extension reads "unspecified", the BR 7.2.2 way; an
 * explicit unspecified (0), which BR 7.2.2 forbids, says so, so an appendix does not hide it.
 */
export function crlReasonName(code: number | null): string {
  if (code === null) return 'unspecified';
  if (code === 0) return 'unspecified (reasonCode 0)';
  return NAMES[code] ?? `reasonCode ${code}`;
}

/**
 * A reason code as a person types it: `none` (no reasonCode extension), a number, or an RFC 5280
 * name in any case. Undefined when it is none of these.
 */
export function parseCrlCode(text: string): number | null | undefined {
  const t = text.trim();
  if (/^none$/i.test(t)) return null;
  if (/^\d{1,2}$/.test(t)) return Number(t) in NAMES ? Number(t) : undefined;
  const found = Object.entries(NAMES).find(([, name]) => name.toLowerCase() === t.toLowerCase());
  return found === undefined ? undefined : Number(found[0]);
}
