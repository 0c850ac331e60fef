/**
 * Who receives an alert. The escalation tier (rules/alerts.ts) names roles; this turns them into
 * addresses. A subject nobody owns yet is the dangerous one (the missed CPR of seed 002 had no
 * owner; a bug with no incident behind it has none either), so its every alert goes to the people
 * who can assign one: each active admin and reviewer, and the management list. A disabled account
 * counts as absent.
 */
import type { Recipient } from '../rules/index.js';

/** The people of a case, an incident (its action items too) or a bug (its incident's). */
export interface CasePeople {
  /** The owner's address, or null when there is no active owner. */
  readonly owner: string | null;
  readonly coOwner: string | null;
  readonly management: readonly string[];
  /** Active admins and reviewers. */
  readonly desk: readonly string[];
}

/** The addresses for a tier, in escalation order, each once (compared without case). */
export function alertRecipients(tier: readonly Recipient[], people: CasePeople): string[] {
  const out: string[] = [];
  for (const role of tier) {
    if (role === 'owner')
      out.push(...(people.owner === null ? [...people.desk, ...people.management] : [people.owner]));
    if (role === 'co-owner' && people.coOwner !== null) out.push(people.coOwner);
    if (role === 'management') out.push(...people.management);
  }
  const seen = new Set<string>();
  return out.filter((address) => {
    const key = address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
