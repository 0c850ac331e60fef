/**
 * A case's number as people see it: the case id, zero-padded to six digits
 * to keep subjects aligned (ids past 999999 simply grow). In rules so that
 * every feature (intake, alerts) writes it the same way.
 */
const PREFIX = 'CPR-';
const DIGITS = 6;

export function formatCaseNumber(id: number): string {
  if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`case id must be a positive integer: ${id}`);
  return `${PREFIX}${String(id).padStart(DIGITS, '0')}`;
}
