/** Watching others: every open bug of the component (/bugs) and one bug (/bugs/:id), for staff. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { bugIncidents } from '../../alerts/clocks.js';
import { bugClockFacts, bugDeadlines } from '../../rules/index.js';
import type { Bug } from '../../store/incidentSchema.js';
import type { Database } from '../../store/schema.js';
import { requireRole } from '../auth.js';
import { html } from '../html.js';
import { sendPage } from '../staff.js';
import { bugDetailView } from '../views/bugDetail.js';
import { mentionsIn } from '../views/bugHints.js';
import { type BugFilter, type BugRow, bugsView, nextUpdateOverdue, unansweredSince } from '../views/bugs.js';

const BugsQuery = z.object({ show: z.enum(['all', 'ours', 'others', 'overdue']).default('all') });
const BugParams = z.object({ id: z.coerce.number().int().positive() });

export async function bugRoutes(app: FastifyInstance): Promise<void> {
  const { store, clock, config } = app.services;
  const db = store.db;
  const staff = requireRole('staff');

  app.get('/bugs', { preHandler: staff }, async (request, reply) => {
    const query = BugsQuery.safeParse(request.query);
    const filter: BugFilter = query.success ? query.data.show : 'all';
    const now = clock();
    let select = db.selectFrom('bugs').selectAll().where('is_open', '=', 1);
    if (filter === 'ours') select = select.where('ours', '=', 1);
    if (filter === 'others') select = select.where('ours', '=', 0);
    const bugs = await select.orderBy('id', 'desc').execute();
    const rows = await bugRows(db, bugs, now);
    const shown =
      filter === 'overdue' ? rows.filter((r) => r.nextUpdateOverdue || r.unansweredSince !== null) : rows;
    return sendPage(request, reply, 'Open bugs', bugsView(shown, filter, now));
  });

  app.get('/bugs/:id', { preHandler: staff }, async (request, reply) => {
    const params = BugParams.safeParse(request.params);
    const bug = params.success
      ? await db.selectFrom('bugs').selectAll().where('id', '=', params.data.id).executeTakeFirst()
      : undefined;
    if (!bug)
      return sendPage(request, reply, 'No such bug', html`<p>Vigil has not synced this bug.</p>`, 404);
    const now = clock();
    const [row] = await bugRows(db, [bug], now);
    const comments = await db
      .selectFrom('bug_comments')
      .selectAll()
      .where('bug_id', '=', bug.id)
      .orderBy('count')
      .execute();
    const incidents = await db
      .selectFrom('incidents')
      .select(['id', 'title'])
      .where('bug_id', '=', bug.id)
      .orderBy('id')
      .execute();
    const link = (await bugIncidents(db, [bug.id])).get(bug.id);
    const deadlines = bugDeadlines(bugClockFacts(bug, link?.lastActionItemChangeAt ?? null));
    return sendPage(
      request,
      reply,
      `Bug ${bug.id}`,
      bugDetailView(
        { row: row as BugRow, comments, deadlines, incidents, bugzillaUrl: config.bugzilla.url },
        now,
      ),
    );
  });
}

/**
 * The page's facts per bug; for other CAs' bugs, the similarity hint: the lints their summary and
 * comments point at, and on how many of our scanned certificates those lints fire.
 */
async function bugRows(db: Kysely<Database>, bugs: readonly Bug[], now: number): Promise<BugRow[]> {
  const others = bugs.filter((b) => b.ours === 0).map((b) => b.id);
  const texts = new Map<number, string[]>(bugs.map((b) => [b.id, [b.summary]]));
  if (others.length > 0) {
    const comments = await db
      .selectFrom('bug_comments')
      .select(['bug_id', 'text'])
      .where('bug_id', 'in', others)
      .execute();
    for (const c of comments) texts.get(c.bug_id)?.push(c.text);
  }
  const rows: BugRow[] = [];
  for (const bug of bugs) {
    const mentions = bug.ours === 0 ? mentionsIn(texts.get(bug.id) ?? []) : null;
    rows.push({
      bug,
      nextUpdateOverdue: nextUpdateOverdue(bug, now),
      unansweredSince: unansweredSince(bug, now),
      hint:
        mentions === null || mentions.lints.length === 0
          ? null
          : { ...mentions, certificates: await certificatesFiring(db, mentions.lints) },
    });
  }
  return rows;
}

/** How many of our certificates have a finding of any of these lints (passes are not stored). */
async function certificatesFiring(db: Kysely<Database>, lints: readonly string[]): Promise<number> {
  const row = await db
    .selectFrom('findings')
    .select((eb) => eb.fn.count<number>('certificate_id').distinct().as('n'))
    .where('lint', 'in', lints)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
