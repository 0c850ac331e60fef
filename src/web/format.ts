/** Formatting shared by the staff pages. */
import { formatUtc } from '../cpr/acknowledgement.js';

/** A time as staff read it, UTC to the minute; a dash for a time not yet known. */
export function formatTime(ms: number | null): string {
  return ms === null ? '—' : formatUtc(ms);
}

/** Stored JSON text as a value, or undefined when it does not parse (shown raw instead). */
export function parseJsonText(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
