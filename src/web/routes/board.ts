/** The deadline board for staff (/board), the same list for API tokens (/api/board), and the weekly report. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { openClockJson, openClocks, ownedBy } from '../../alerts/clocks.js';
import { SEND_AFTER_MS, isoWeek, weekStart, weeklyReport } from '../../alerts/weekly.js';
import { userByEmail } from '../../users/users.js';
import { requireApiToken, requireRole } from '../auth.js';
import { html } from '../html.js';
import { sendPage } from '../staff.js';
import { type OwnerFilter, boardView } from '../views/board.js';
import { weeklyView } from '../views/weekly.js';

const BoardQuery = z.object({
  owner: z.union([z.literal('none'), z.coerce.number().int().positive(), z.literal('')]).optional(),
});
const WeeklyQuery = z.object({ week: z.string().max(10).optional() });
const ApiBoardQuery = z.object({ owner: z.string().max(254).optional() });

export async function boardRoutes(app: FastifyInstance): Promise<void> {
  const { store, clock, config } = app.services;
  const db = store.db;

  app.get('/board', { preHandler: requireRole('staff') }, async (request, reply) => {
    const query = BoardQuery.safeParse(request.query);
    const owner = query.success ? query.data.owner : undefined;
    const filter: OwnerFilter = owner === undefined || owner === '' ? null : owner;
    const now = clock();
    const clocks = (await openClocks(db, config, now)).filter((c) => filter === null || ownedBy(c, filter));
    const users = await db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('disabled_at', 'is', null)
      .orderBy('display_name')
      .execute();
    return sendPage(request, reply, 'Deadline board', boardView(clocks, users, filter, now));
  });

  app.get('/api/board', { preHandler: requireApiToken }, async (request, reply) => {
    const query = ApiBoardQuery.safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: 'owner must be an e-mail address' });
    const users = await db.selectFrom('users').select(['id', 'email']).execute();
    const emailOf = (id: number | null) => users.find((u) => u.id === id)?.email ?? null;
    let clocks = await openClocks(db, config, clock());
    if (query.data.owner !== undefined) {
      const owner = await userByEmail(db, query.data.owner);
      if (!owner) return reply.code(404).send({ error: `no account ${query.data.owner}` });
      clocks = clocks.filter((c) => ownedBy(c, owner.id));
    }
    return clocks.map((c) => openClockJson(c, emailOf));
  });

  /** This week's report is live; an earlier week's is as of its Monday 08:00 UTC, when its e-mail went out. */
  app.get('/reports/weekly', { preHandler: requireRole('staff') }, async (request, reply) => {
    const now = clock();
    const query = WeeklyQuery.safeParse(request.query);
    const week = (query.success && query.data.week) || isoWeek(now);
    const start = weekStart(week);
    if (start === null || start > now) {
      const problem = start === null ? 'is not an ISO week (YYYY-Www)' : 'has not begun';
      return sendPage(request, reply, 'No such report', html`<p class="error">${week} ${problem}.</p>`, 400);
    }
    const at = week === isoWeek(now) ? now : start + SEND_AFTER_MS;
    const report = await weeklyReport(db, config, at);
    const users = await db.selectFrom('users').select(['id', 'display_name']).execute();
    const nameOf = (id: number | null) => users.find((u) => u.id === id)?.display_name ?? null;
    return sendPage(request, reply, `Weekly report ${week}`, weeklyView(report, nameOf));
  });
}
