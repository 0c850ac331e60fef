/** Durations in milliseconds: rules count plain hours and days, never business days. */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An ISO date (YYYY-MM-DD) as 00:00:00 UTC, the time BR 1.6.4 attaches to a bare date. */
export const utcDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
