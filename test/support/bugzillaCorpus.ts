/**
 * Generates CA compliance bugs in BMO's wire format, deterministic from a seed, for the replay
 * server. Modelled on the 92 real open bugs of ../shared/fixtures/bugzilla
 * (open-ca-compliance-bugs-2026-10-02.tsv): summaries "<CA owner>: <title>", whiteboards with the
 * tags and the messy forms seen there ("Next update" before or after the tags, `[close on …]`,
 * typos such as `[disclosure failure]`), needinfo flags on CA staff, and comments by the CA's staff,
 * root program staff and others. Bug, comment, flag and history objects carry the fields of the
 * libmozdata recordings. People are invented; their domains end in .example.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplayBug } from './bugzillaReplay.js';
import { seededRandom } from './random.js';

export const CA_OWNERS = [
  'Entrust',
  'Sectigo',
  'DigiCert',
  "Let's Encrypt",
  'GoDaddy',
  'D-Trust',
  'Netlock',
  'Buypass',
  'GlobalSign',
  'SSL.com',
  'Certum',
  'HARICA',
  'Microsoft PKI Services',
  'Disig',
  'SwissSign',
  'Chunghwa Telecom',
  'e-commerce monitoring',
  'Camerfirma',
  'Telia',
  'Actalis',
];

const TITLES = [
  'CRL Disclosure in CCADB Mismatch with Issued Certificates',
  'Delayed publication of audit attestation letters in the CCADB',
  'Missing Pre-Signing Linting for TLS Issuance',
  'Delayed revocation of misissued certificates',
  'OCSP responder returned unknown for issued certificates',
  'Certificates issued with invalid subject:stateOrProvinceName',
  'CPS not updated within 365 days',
  'CA in AIA in PEM format',
  'Incorrect CRL reasonCode for key compromise revocations',
  'Failure to revoke within 24 hours after key compromise report',
  'EV certificates with incorrect jurisdiction fields',
  'Domain validation using a non-compliant method',
  'CAA check not performed for wildcard names',
  'Late preliminary incident report',
  'Subordinate CA not disclosed within 7 days',
];

const TAGS = [
  'policy-failure',
  'disclosure-failure',
  'audit-delay',
  'audit-failure',
  'crl-failure',
  'ocsp-failure',
  'dv-misissuance',
  'ov-misissuance',
  'ev-misissuance',
  'ca-misissuance',
  'smime-misissuance',
  '__-misissuance',
  'leaf-revocation-delay',
  'ca-revocation-delay',
];

/** Root program and community accounts that ask questions. */
const OTHERS = [
  'root-program@mozilla.example',
  'ben@root-store.example',
  'chrome-root-program@google.example',
  'watcher@researcher.example',
  'auditor@community.example',
];

const PEOPLE = ['alex', 'maria', 'jonas', 'priya', 'chen', 'fatima', 'lukas', 'sofia'];

const DAY = 86_400_000;

/** The corpus's fixed "now": the day the real open bugs were read. */
export const CORPUS_NOW = Date.parse('2026-10-02T12:00:00Z');

export const wireTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const slug = (owner: string) => owner.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The e-mail domain of a CA owner's staff in the corpus. */
export const caDomain = (owner: string) => `${slug(owner)}.example`;

const user = (email: string, id: number) => ({ email, id, name: email, real_name: email.split('@')[0] });

/** The whiteboard forms seen in the real bugs, typos included. */
function whiteboard(
  pick: <T>(xs: readonly T[]) => T,
  chance: (p: number) => boolean,
  tags: string[],
  at: number,
) {
  const core = ['[ca-compliance]', ...tags.map((t) => `[${t}]`)];
  if (chance(0.05)) core[1] = '[disclosure failure]';
  if (chance(0.02)) core[0] = '[ca-complaince]';
  if (chance(0.1)) core.push('[external]');
  const next = day(at + (3 + Math.floor(Math.abs(Math.sin(at)) * 40)) * DAY);
  const text = core.join(' ');
  return pick([
    text,
    text,
    `${text} Next update ${next}`,
    `${text} Next update ${next}`,
    `Next update ${next} ${text} `,
    `${text} - next update: ${next}`,
    `[close on ${day(at + 7 * DAY)}] ${text}`,
    `[close as INVALID on ${day(at + 3 * DAY)}] [ca-compliance]`,
  ]);
}

export interface CorpusOptions {
  count: number;
  seed: number;
  /** The latest time anything in the corpus happens; CORPUS_NOW by default. */
  now?: number;
  /** The first bug id; ids then rise with creation time. */
  firstId?: number;
  /** Extra bugs in other components, which a sync of the compliance component must leave out. */
  decoys?: number;
}

/** N compliance bugs with comments (and, if asked, decoys), as the replay server takes them. */
export function generateCorpus(options: CorpusOptions): ReplayBug[] {
  const rand = seededRandom(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const chance = (p: number) => rand() < p;
  const now = options.now ?? CORPUS_NOW;
  const total = options.count + (options.decoys ?? 0);
  const start = now - 9 * 365 * DAY;
  const step = (now - 30 * DAY - start) / total;
  let commentId = 10_000_000 + options.seed * 1000;
  let flagId = 2_000_000;
  const bugs: ReplayBug[] = [];

  for (let i = 0; i < total; i++) {
    const decoy = i >= options.count;
    const id = (options.firstId ?? 1_350_000) + i * 200 + Math.floor(rand() * 150);
    const created = Math.floor(start + (decoy ? rand() * options.count : i) * step + rand() * step * 0.5);
    const owner = pick(CA_OWNERS);
    const staff = (n: string) => `${n}@${caDomain(owner)}`;
    const reporter = chance(0.7) ? staff(pick(PEOPLE)) : pick(OTHERS);
    const assignee = staff(pick(PEOPLE));
    const older = created < Date.parse('2020-06-01T00:00:00Z');
    const tags = [pick(TAGS), ...(chance(0.2) ? [pick(TAGS)] : [])].filter((t, k, a) => a.indexOf(t) === k);
    const open = chance(older ? 0.1 : 0.35);

    // Comments: the report, then CA updates and others' questions, days apart.
    const comments: Record<string, unknown>[] = [];
    let at = created;
    const commentCount = 1 + Math.floor(rand() * rand() * 14);
    for (let n = 0; n < commentCount && at < now - DAY; n++) {
      const byCa = n === 0 ? reporter.endsWith('.example') && !OTHERS.includes(reporter) : chance(0.55);
      const creator = n === 0 ? reporter : byCa ? staff(pick(PEOPLE)) : pick(OTHERS);
      const text =
        n === 0
          ? `## Incident Report\n\n### Summary\n\n${owner} reports: ${pick(TITLES).toLowerCase()}.`
          : byCa
            ? `Weekly update: remediation continues. We will provide the next update by ${day(at + 7 * DAY)}.`
            : `Can ${owner} explain why this was not detected earlier? Please also list the affected certificates.`;
      comments.push({
        is_private: chance(0.02),
        count: n,
        attachment_id: null,
        creator,
        time: wireTime(at),
        author: creator,
        bug_id: id,
        tags: [],
        text,
        id: commentId++,
        creation_time: wireTime(at),
        raw_text: text,
        is_markdown: true,
        reactions: {},
      });
      at = Math.min(now - DAY, at + Math.floor((1 + rand() * 12) * DAY + rand() * DAY));
    }
    const lastComment = Date.parse(String(comments[comments.length - 1]?.creation_time));
    const changed = Math.min(now, lastComment + Math.floor(rand() * 2 * DAY));

    // A needinfo on the CA's staff, asked by someone else, on some open bugs.
    const flags: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    const setter = pick(OTHERS);
    history.push({ when: wireTime(created + 3600_000), who: setter, changes: [] });
    if (open && chance(0.25)) {
      const requestee = staff(pick(PEOPLE));
      const asked = Math.max(created, changed - Math.floor(rand() * 10 * DAY));
      flags.push({
        id: flagId++,
        name: 'needinfo',
        type_id: 800,
        status: '?',
        setter,
        requestee,
        creation_date: wireTime(asked),
        modification_date: wireTime(asked),
      });
      history.push({
        when: wireTime(asked),
        who: setter,
        changes: [{ field_name: 'flagtypes.name', removed: '', added: `needinfo?(${requestee})` }],
      });
    }
    const board = decoy ? '' : whiteboard(pick, chance, tags, changed);
    (history[0] as { changes: unknown[] }).changes.push(
      { field_name: 'whiteboard', removed: '', added: board },
      { field_name: 'assigned_to', removed: 'nobody@mozilla.org', added: assignee },
    );
    const resolution = open ? '' : pick(['FIXED', 'FIXED', 'FIXED', 'INVALID', 'DUPLICATE']);
    const product = decoy ? pick(['CA Program', 'NSS']) : older && chance(0.6) ? 'NSS' : 'CA Program';
    const component = decoy
      ? product === 'NSS'
        ? 'Libraries'
        : 'CA Certificate Root Inclusion Requests'
      : 'CA Certificate Compliance';

    bugs.push({
      bug: {
        id,
        alias: [],
        product,
        component,
        summary: `${owner}: ${pick(TITLES)}`,
        status: open ? pick(['NEW', 'ASSIGNED']) : 'RESOLVED',
        resolution,
        whiteboard: board,
        creator: reporter,
        creator_detail: user(reporter, 100_000 + i),
        assigned_to: assignee,
        assigned_to_detail: user(assignee, 200_000 + i),
        creation_time: wireTime(created),
        last_change_time: wireTime(changed),
        is_open: open,
        flags,
        comment_count: comments.length,
        keywords: [],
        cc: [setter],
        groups: [],
        see_also: [],
        depends_on: [],
        blocks: [],
        priority: '--',
        severity: '--',
        type: 'task',
        url: '',
        version: 'other',
        op_sys: 'Unspecified',
        platform: 'Unspecified',
        is_confirmed: true,
      },
      comments,
      history,
    });
  }
  return bugs;
}

/** A new comment on a replay bug, as BMO records it: the next count, the bug's change time moved. */
export function addComment(b: ReplayBug, creator: string, text: string, at: number, id: number): void {
  b.comments.push({
    is_private: false,
    count: b.comments.length,
    attachment_id: null,
    creator,
    time: wireTime(at),
    author: creator,
    bug_id: b.bug.id,
    tags: [],
    text,
    id,
    creation_time: wireTime(at),
    raw_text: text,
    is_markdown: true,
    reactions: {},
  });
  b.bug.comment_count = b.comments.length;
  b.bug.last_change_time = wireTime(at);
}

/** A whiteboard edit on a replay bug, with its history entry. */
export function changeWhiteboard(b: ReplayBug, who: string, board: string, at: number): void {
  (b.history ??= []).push({
    when: wireTime(at),
    who,
    changes: [{ field_name: 'whiteboard', removed: String(b.bug.whiteboard), added: board }],
  });
  b.bug.whiteboard = board;
  b.bug.last_change_time = wireTime(at);
}

type Json = Record<string, unknown>;
/** A file of the project's own fixtures (test/fixtures/bugzilla): one response body. */
export const ownFixture = (name: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/bugzilla', name), 'utf8')) as Json;

/** The project's fixture bugs (test/fixtures/bugzilla) with their comments and history, for the replay server. */
export function ownFixtureBugs(): ReplayBug[] {
  const bugs = ownFixture('GET_rest_bug_search_ca_compliance.json').bugs as Json[];
  return bugs.map((bug) => {
    const id = String(bug.id);
    const comments = ownFixture(`GET_rest_bug_${id}_comment.json`).bugs as Record<
      string,
      { comments: Json[] }
    >;
    const history = ownFixture(`GET_rest_bug_${id}_history.json`).bugs as { history: Json[] }[];
    return { bug, comments: comments[id]?.comments ?? [], history: history[0]?.history ?? [] };
  });
}
