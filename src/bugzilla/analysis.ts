/**
 * The facts Vigil derives from one bug and its comments: whose bug it is, which comments are the
 * CA's, and what awaits the CA's answer. They fill the derived columns of the bugs table, and the
 * clocks of rules/incidents.ts read them.
 */
import type { RestBug, RestComment } from './rest.js';
import { parseWhiteboard } from './whiteboard.js';

export interface CaIdentity {
  /** The CA owner name as it starts bug summaries ("Entrust"). */
  readonly owner: string | null;
  /** E-mail domains of the CA's staff. */
  readonly domains: readonly string[];
  /** Bugzilla accounts (e-mail addresses) of the CA's staff outside those domains. */
  readonly accounts: readonly string[];
}

export interface BugAnalysis {
  caOwner: string | null;
  ours: boolean;
  tags: string[];
  revocationDelay: boolean;
  nextUpdateDate: string | null;
  lastCaCommentAt: number | null;
  lastOtherCommentAt: number | null;
  /** The first comment by someone else after the CA's last comment: a question awaiting the CA. */
  openQuestionAt: number | null;
  needinfoCaSince: number | null;
  needinfoCa: string[];
}

export type CommentFacts = Pick<RestComment, 'creator' | 'creation_time' | 'count'>;

/**
 * Domains that never identify a CA: public mail providers, and Mozilla, whose root store staff
 * may be the assignee of another CA's bug while it is triaged.
 */
const SHARED_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'protonmail.com',
  'proton.me',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'qq.com',
  '163.com',
  'mozilla.com',
  'mozilla.org',
  'nobody.invalid',
]);

export function analyzeBug(bug: RestBug, comments: readonly CommentFacts[], ca: CaIdentity): BugAnalysis {
  const caOwner = summaryOwner(bug.summary);
  const ours =
    caOwner !== null && ca.owner !== null && caOwner.toLowerCase() === ca.owner.trim().toLowerCase();
  const isCa = ours ? caStaff(ca.domains, ca.accounts) : assigneeSide(bug.assigned_to);
  const { tags, nextUpdateDate, revocationDelay } = parseWhiteboard(bug.whiteboard);

  const ordered = [...comments].sort((a, b) => a.creation_time - b.creation_time || a.count - b.count);
  let lastCaCommentAt: number | null = null;
  let lastOtherCommentAt: number | null = null;
  let openQuestionAt: number | null = null;
  for (const c of ordered) {
    if (isCa(c.creator)) {
      lastCaCommentAt = c.creation_time;
      openQuestionAt = null;
    } else {
      lastOtherCommentAt = c.creation_time;
      // Comment 0 counts too: a third party's report awaits the CA's first answer.
      openQuestionAt ??= c.creation_time;
    }
  }

  const needinfos = bug.flags.filter(
    (f) => f.name === 'needinfo' && f.status === '?' && f.requestee !== undefined && isCa(f.requestee),
  );
  const needinfoCaSince = needinfos.length === 0 ? null : Math.min(...needinfos.map((f) => f.creation_date));
  const needinfoCa = [...new Set(needinfos.map((f) => f.requestee ?? ''))].sort();

  return {
    caOwner,
    ours,
    tags,
    revocationDelay,
    nextUpdateDate,
    lastCaCommentAt,
    lastOtherCommentAt,
    openQuestionAt,
    needinfoCaSince,
    needinfoCa,
  };
}

/** IRG 3.2: summaries read "CA Owner name: title"; the owner is the text before the first colon. */
export function summaryOwner(summary: string): string | null {
  const colon = summary.indexOf(':');
  if (colon < 0) return null;
  const owner = summary.slice(0, colon).trim();
  return owner === '' ? null : owner;
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** Our own staff: the configured domains and accounts. */
function caStaff(domains: readonly string[], accounts: readonly string[]): (email: string) => boolean {
  const d = new Set(domains.map((x) => x.trim().toLowerCase()));
  const a = new Set(accounts.map((x) => x.trim().toLowerCase()));
  return (email) => a.has(email.toLowerCase()) || d.has(domainOf(email));
}

/**
 * Another CA's staff, as far as the bug tells: in the CA Certificate Compliance component the CA's
 * representative is the bug's assignee, so the assignee and colleagues at the assignee's domain
 * speak for the CA. A shared domain identifies no one but the assignee.
 */
function assigneeSide(assignee: string): (email: string) => boolean {
  const domain = domainOf(assignee);
  const domains = assignee.includes('@') && !SHARED_DOMAINS.has(domain) ? [domain] : [];
  return caStaff(domains, [assignee]);
}
