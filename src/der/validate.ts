import { fail } from './error.js';
import { children, type DerNode, parseDer } from './node.js';

/** Deepest nesting walked; beyond it the encoding is refused rather than recursed into. */
export const MAX_DEPTH = 64;

/**
 * Checks that bytes are exactly one DER object whose constructed parts are
 * themselves well-formed DER, down to MAX_DEPTH. For values whose type the
 * reader does not know (unknown extensions), where only the TLV grammar can be checked.
 */
export function validateDer(bytes: Uint8Array): void {
  walk(parseDer(bytes), 0);
}

function walk(node: DerNode, depth: number): void {
  if (!node.constructed) return;
  if (depth >= MAX_DEPTH) fail(node.start, `nesting deeper than ${MAX_DEPTH}`);
  for (const child of children(node)) walk(child, depth + 1);
}
