/**
 * Checks the bug analysis against 92 real open CA compliance bugs (../shared/fixtures/bugzilla,
 * a summary of each bug as of 2026-10-02, never part of the project): the Next update date read
 * from each whiteboard against the date the summary records, who speaks for the CA, and how many
 * bugs are past their Next update or hold an unanswered comment. Usage: npm run conformance
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeBug } from '../src/bugzilla/analysis.js';
import type { RestBug } from '../src/bugzilla/rest.js';
import { parseWhiteboard } from '../src/bugzilla/whiteboard.js';
import { bugDeadlines, clockState } from '../src/rules/index.js';

const file = resolve(
  process.env.VIGIL_BUGZILLA_TSV ?? '../shared/fixtures/bugzilla/open-ca-compliance-bugs-2026-10-02.tsv',
);
if (!existsSync(file)) {
  console.log(`bugzilla: no open-bugs summary at ${file} (set VIGIL_BUGZILLA_TSV); skipped`);
  process.exit(0);
}

const DAY = 86_400_000;
const [header = '', ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
const columns = header.split('\t');
const rows = lines.map((line) => {
  const cells = line.split('\t');
  const get = (name: string) => cells[columns.indexOf(name)] ?? '';
  const time = (name: string) => (get(name) === '' ? null : Date.parse(get(name)));
  return {
    id: Number(get('id')),
    created: Date.parse(get('created')),
    assignee: get('assignee'),
    whiteboard: get('whiteboard'),
    nextUpdate: get('next_update') || null,
    lastBy: get('last_comment_by'),
    lastAt: time('last_comment_at'),
    lastCaAt: time('last_ca_comment_at'),
    summary: get('summary'),
  };
});
// The summary was taken on 2026-10-02 after the last comment it records.
const asOf = Math.max(...rows.map((r) => r.lastAt ?? 0));

let dateAgree = 0;
const dateDiffs: string[] = [];
let sideAgree = 0;
const sideDiffs: string[] = [];
let pastNextUpdate = 0;
let updateOverdue = 0;
let unansweredOver7 = 0;
let answerOverdue = 0;
for (const r of rows) {
  const parsed = parseWhiteboard(r.whiteboard).nextUpdateDate;
  if (parsed === r.nextUpdate) dateAgree++;
  else
    dateDiffs.push(
      `  bug ${r.id}: read ${parsed ?? '-'}, recorded ${r.nextUpdate ?? '-'} in "${r.whiteboard}"`,
    );

  // The bug as the analysis sees another CA's bug: the CA's last comment by the assignee, then the
  // last comment by whoever wrote it.
  const bug: RestBug = {
    id: r.id,
    product: 'CA Program',
    component: 'CA Certificate Compliance',
    summary: r.summary,
    status: 'ASSIGNED',
    resolution: '',
    whiteboard: r.whiteboard,
    creator: r.assignee,
    assigned_to: r.assignee,
    creation_time: r.created,
    last_change_time: asOf,
    is_open: true,
    flags: [],
  };
  const comments = [
    ...(r.lastCaAt === null ? [] : [{ creator: r.assignee, creation_time: r.lastCaAt, count: 0 }]),
    ...(r.lastAt === null ? [] : [{ creator: r.lastBy, creation_time: r.lastAt, count: 1 }]),
  ];
  const a = analyzeBug(bug, comments, { owner: null, domains: [], accounts: [] });
  const caSide = a.lastCaCommentAt === r.lastAt;
  const recordedCaSide = r.lastAt !== null && r.lastAt === r.lastCaAt;
  if (caSide === recordedCaSide) sideAgree++;
  else
    sideDiffs.push(
      `  bug ${r.id}: last comment by ${r.lastBy} (assignee ${r.assignee}): ours ${caSide}, recorded ${recordedCaSide}`,
    );

  if (r.nextUpdate !== null && Date.parse(`${r.nextUpdate}T00:00:00Z`) + DAY <= asOf) pastNextUpdate++;
  if (!recordedCaSide && r.lastAt !== null && r.lastCaAt !== null && r.lastAt > r.lastCaAt + 7 * DAY)
    unansweredOver7++;

  const deadlines = bugDeadlines({
    bugId: r.id,
    openedAt: r.created,
    revocationDelay: parseWhiteboard(r.whiteboard).revocationDelay,
    nextUpdateDate: a.nextUpdateDate,
    lastCaCommentAt: a.lastCaCommentAt,
    openQuestionAt: a.openQuestionAt,
    needinfoCaSince: null,
    lastActionItemChangeAt: null,
  });
  const overdue = (key: string) => deadlines.some((d) => d.key === key && clockState(d, asOf) === 'overdue');
  if (overdue('bug.update')) updateOverdue++;
  if (overdue('bug.answer')) answerOverdue++;
}

const n = rows.length;
console.log(
  `\nBugzilla analysis against ${n} open CA compliance bugs, as of ${new Date(asOf).toISOString()}`,
);
console.log(
  `${dateAgree === n ? 'ok  ' : 'DIFF'} Next update date read from the whiteboard: ${dateAgree}/${n} agree`,
);
if (dateDiffs.length) console.log(dateDiffs.join('\n'));
console.log(
  `${sideAgree === n ? 'ok  ' : 'DIFF'} last comment by the CA's side (assignee's account or domain): ${sideAgree}/${n} agree`,
);
if (sideDiffs.length) console.log(sideDiffs.join('\n'));
console.log(`past their Next update date: ${pastNextUpdate}`);
console.log(`unanswered comment more than 7 days after the CA's last comment: ${unansweredOver7}`);
console.log(
  `update clock overdue (Next update date, else 7 days after the CA's last comment): ${updateOverdue}`,
);
console.log(
  `answer clock overdue (7 days from the last comment, a lower bound: earlier questions are not in the summary): ${answerOverdue}`,
);
