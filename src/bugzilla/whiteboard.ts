/**
 * The Whiteboard field of a CA compliance bug: bracketed tags, the "Next update" date a root store
 * operator sets, and whether the bug is a revocation-delay incident. Whiteboards are typed by hand,
 * so the date is read tolerantly (RULES.md: "Next update" anywhere in the field, inside or outside
 * brackets, before or after the tags).
 */

export interface Whiteboard {
  /** Bracket contents, lower-cased, inner spaces collapsed: 'ca-compliance', 'close on 2026-12-01'. */
  tags: string[];
  /** The Next update date (YYYY-MM-DD), or null when none is recorded. */
  nextUpdateDate: string | null;
  revocationDelay: boolean;
}

// "Next update", "Next Update:", "next-update", "nextupdate", "next_update" all occur in hand-typed fields.
const NEXT_UPDATE = /next[\s_-]*update[:\s]*(\d{4}-\d{2}-\d{2})/gi;
// Bug 1885754 briefly carried "[policy-failure] 2024-05-31": a bare date outside brackets, fixed a
// minute later to "Next update 2024-05-31". Outside brackets a date has no other meaning there;
// inside brackets it belongs to a tag such as "[close on 2026-10-09]".
const BARE_DATE = /(?:^|\s)(\d{4}-\d{2}-\d{2})(?=\s|$)/g;
const BRACKETS = /\[([^\]]*)\]/g;
const REVOCATION_DELAY = /(?:^|[^a-z-])(?:leaf-|ca-)?revocation-delay(?![a-z-])/i;

export function parseWhiteboard(text: string): Whiteboard {
  const tags = [...text.matchAll(BRACKETS)]
    .map((m) => (m[1] ?? '').trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((t) => t !== '');
  const outside = text.replace(BRACKETS, ' ');
  const nextUpdateDate = firstValidDate(text, NEXT_UPDATE) ?? firstValidDate(outside, BARE_DATE);
  return { tags, nextUpdateDate, revocationDelay: REVOCATION_DELAY.test(text) };
}

function firstValidDate(text: string, pattern: RegExp): string | null {
  for (const m of text.matchAll(pattern)) {
    const date = m[1];
    if (date !== undefined && isCalendarDate(date)) return date;
  }
  return null;
}

/** True for a real day: Date.parse accepts 2026-02-30 by rolling over, so compare the round trip. */
export function isCalendarDate(iso: string): boolean {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === iso;
}
