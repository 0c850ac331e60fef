/**
 * BR 1.6.1 "Short-lived Subscriber Certificate": one the CA need not revoke (BR 4.9.1.1). The limit
 * depends on the issuance date, for which the certificate's notBefore stands.
 */
import { SECOND, utcDay } from './time.js';

const LIMITS: readonly { issuedFrom: string; maxSeconds: number }[] = [
  { issuedFrom: '2024-03-15', maxSeconds: 864_000 }, // 10 days
  { issuedFrom: '2026-03-15', maxSeconds: 604_800 }, // 7 days
];

export function isShortLived(notBefore: number, notAfter: number): boolean {
  const limit = LIMITS.findLast((l) => utcDay(l.issuedFrom) <= notBefore);
  // The validity period runs from notBefore through notAfter inclusive (RFC 5280), hence the extra second.
  return limit !== undefined && notAfter - notBefore + SECOND <= limit.maxSeconds * SECOND;
}
