/** Option values several commands share. */

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ZONELESS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i;

/**
 * --at: a bare date is 00:00 UTC; a time must say its zone (Z or an offset), so no one's local
 * clock decides a deadline. Throws a RangeError that names the problem.
 */
export function parseAtOption(value: string): number {
  if (ZONELESS.test(value))
    throw new RangeError(`--at: '${value}' has no time zone: add Z for UTC or an offset such as +02:00`);
  const ms = BARE_DATE.test(value)
    ? Date.parse(`${value}T00:00:00Z`)
    : DATE_TIME.test(value)
      ? Date.parse(value)
      : NaN;
  // Date.parse rolls 2026-02-30 over into March: the day must read back as written.
  const day = new Date(Date.parse(`${value.slice(0, 10)}T00:00:00Z`));
  if (
    Number.isNaN(ms) ||
    Number.isNaN(day.getTime()) ||
    day.toISOString().slice(0, 10) !== value.slice(0, 10)
  )
    throw new RangeError(`--at: not a date (YYYY-MM-DD, or ISO 8601 with Z or an offset): '${value}'`);
  return ms;
}
