/**
 * The similarity hint on the watched bugs: another CA's bug that names a lint (e_…, w_…) or a rule
 * section (BR 7.1.4.2.2, EVG 9.8.2, RFC 5280 4.2.1.6) which one of our lints checks may describe a
 * problem our own certificates share; the scan findings say whether they do.
 */
import { allLints } from '../../linter/index.js';

const LINT_NAME = /\b[a-z]_[a-z0-9]+(?:_[a-z0-9]+)+\b/g;
/** A document and a section as bugs and lint citations write them: "BRs: 7.1.4.2.2", "BR section 7.1.4.2.2". */
const SECTION =
  /\b(BRs?|Baseline Requirements|EVGs?|RFC\s?\d{3,5})\b[:,]?\s*(?:section\s*|§\s*)?(\d+(?:\.\d+)+)\b/gi;

/** "BR 7.1.4.2.2", "EVG 9.8.2", "RFC 5280 4.2.1.6": one spelling per document. */
function sectionKey(document: string, section: string): string {
  const doc = document.toUpperCase().replace(/\s+/g, '');
  if (doc.startsWith('EVG')) return `EVG ${section}`;
  if (doc.startsWith('RFC')) return `RFC ${doc.slice(3)} ${section}`;
  return `BR ${section}`;
}

const sectionsIn = (text: string) =>
  [...text.matchAll(SECTION)].map((m) => sectionKey(m[1] ?? '', m[2] ?? ''));

const LINTS_BY_NAME = new Set(allLints.map((l) => l.name));
const LINTS_BY_SECTION = new Map<string, string[]>();
for (const lint of allLints)
  for (const key of sectionsIn(lint.citation))
    LINTS_BY_SECTION.set(key, [...(LINTS_BY_SECTION.get(key) ?? []), lint.name]);

export interface Mentions {
  /** Lints the text names, and the lints that check a section it cites. */
  readonly lints: readonly string[];
  /** What the text said: the lint names and sections it mentions that one of our lints checks. */
  readonly mentioned: readonly string[];
}

export function mentionsIn(texts: readonly string[]): Mentions {
  const lints = new Set<string>();
  const mentioned = new Set<string>();
  for (const text of texts) {
    for (const [name] of text.matchAll(LINT_NAME))
      if (LINTS_BY_NAME.has(name)) {
        lints.add(name);
        mentioned.add(name);
      }
    for (const key of sectionsIn(text)) {
      const checking = LINTS_BY_SECTION.get(key);
      if (!checking) continue;
      mentioned.add(key);
      for (const name of checking) lints.add(name);
    }
  }
  return { lints: [...lints].sort(), mentioned: [...mentioned].sort() };
}
