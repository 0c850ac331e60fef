/**
 * Durability of intake: `vigil serve` runs as a child process, a burst of
 * reports arrives by SMTP and by the form, and the process is SIGKILLed in
 * the middle of it. Every report whose sender saw the confirmation (SMTP 250,
 * the form's redirect to its confirmation page) must be a case after the
 * restart, and every stored report must get exactly one acknowledgement: one
 * Message-ID (a crash between the relay's 250 and the commit that marks the
 * mail sent makes the restarted server send it again, under the same
 * Message-ID, which deliver.ts documents; the test counts such repeats).
 * Reports that saw no confirmation may or may not be there (their sender saw
 * an error and would try again), but never twice.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it, type TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatCaseNumber } from '../../src/cpr/subject.js';
import { type Dialect, openDatabase, type Store } from '../../src/store/database.js';
import { type ChildServer, spawnServer } from '../support/server.js';
import { type SmtpSink, startSmtpSink } from '../support/smtpSink.js';
import { testDatabase } from '../support/stores.js';
import { caseNumberOf, type FormSession, openForm, postReport, sendMail } from './reporters.js';

/** 60 by SMTP and 30 by the form: every third report is a form. */
const REPORTS = 90;
/** The victim is killed once this many senders have seen their confirmation. */
const KILL_AFTER = 20;
const SETTLE_MS = 30_000;

interface Report {
  readonly channel: 'smtp' | 'form';
  readonly reporter: string;
  /** The server the report is sent to. */
  readonly server: ChildServer;
  /** The sender saw the confirmation: SMTP 250, or the form's redirect to its confirmation page. */
  confirmed: boolean;
  error: string | null;
}

const reporterAddress = () => `reporter-${randomBytes(6).toString('hex')}@reporters.example`;

/** Sends every report at once; the victim is SIGKILLed after KILL_AFTER confirmations. */
async function burst(reports: readonly Report[], sessions: Map<Report, FormSession>, victim: ChildServer) {
  let confirmations = 0;
  let killed: Promise<void> | null = null;
  const confirmed = (report: Report) => {
    report.confirmed = true;
    if (++confirmations === KILL_AFTER) killed = victim.kill();
  };
  await Promise.all(
    reports.map(async (report) => {
      try {
        if (report.channel === 'smtp') {
          const response = await sendMail(report.server.smtpPort, {
            from: report.reporter,
            subject: `Misissued certificate reported by ${report.reporter}`,
            text: `The certificate https://crt.sh/?id=${randomBytes(3).readUIntBE(0, 3)} was misissued; please revoke it.`,
          });
          if (/^250 /.test(response)) confirmed(report);
          else report.error = response;
        } else {
          const { status, location } = await postReport(
            report.server.httpUrl,
            sessions.get(report) as FormSession,
            {
              email: report.reporter,
              problem_type: 'misissuance',
              certificates: `https://crt.sh/?id=${randomBytes(3).readUIntBE(0, 3)}`,
              description: `Misissued, reported by ${report.reporter}.`,
            },
          );
          if (status === 303 && location?.startsWith('/report/')) confirmed(report);
          else report.error = `HTTP ${status}`;
        }
      } catch (error) {
        report.error = (error as Error).message;
      }
    }),
  );
  assert.ok(
    killed,
    `the victim was to be killed after ${KILL_AFTER} confirmations, but only ${confirmations} came`,
  );
  await killed;
  assert.ok(
    reports.some((r) => r.server === victim && !r.confirmed),
    'the kill came after the victim had answered every report: it did not interrupt the burst',
  );
}

/** Waits until every stored message is processed and every queued mail sent; fails saying what is left. */
async function settled(store: Store): Promise<void> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const waiting = await store.db
      .selectFrom('inbound_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '!=', 'processed')
      .executeTakeFirstOrThrow();
    const unsent = await store.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '!=', 'sent')
      .executeTakeFirstOrThrow();
    if (Number(waiting.n) === 0 && Number(unsent.n) === 0) return;
    if (Date.now() > deadline)
      assert.fail(
        `after ${SETTLE_MS} ms, ${waiting.n} inbound messages are not processed and ${unsent.n} mails not sent`,
      );
    await sleep(100);
  }
}

/** Every confirmed report is a case, none is a case twice, and each case got one acknowledgement. */
async function assertDurable(t: TestContext, store: Store, sink: SmtpSink, reports: readonly Report[]) {
  const cases = await store.db.selectFrom('cases').select(['id', 'reporter_email']).execute();
  const casesOf = new Map<string, number[]>();
  for (const c of cases)
    casesOf.set(c.reporter_email ?? '', [...(casesOf.get(c.reporter_email ?? '') ?? []), c.id]);
  const inbound = await store.db.selectFrom('inbound_messages').select('id').execute();
  assert.equal(inbound.length, cases.length, 'one inbound message per case: nothing stored twice');

  for (const report of reports) {
    const ids = casesOf.get(report.reporter) ?? [];
    assert.ok(ids.length <= 1, `${report.channel} report of ${report.reporter} is ${ids.length} cases`);
    if (report.confirmed)
      assert.equal(
        ids.length,
        1,
        `${report.channel} report of ${report.reporter} was confirmed but is no case`,
      );
  }
  const known = new Set(reports.map((r) => r.reporter));
  for (const c of cases)
    assert.ok(known.has(c.reporter_email ?? ''), `case ${c.id} belongs to no report sent`);

  let resent = 0;
  for (const c of cases) {
    const acks = sink.messages.filter((m) => m.envelopeTo.includes(c.reporter_email ?? ''));
    const distinct = new Set(acks.map((m) => m.messageId));
    assert.equal(distinct.size, 1, `case ${c.id} (${c.reporter_email}): ${distinct.size} acknowledgements`);
    assert.equal(caseNumberOf(acks[0] as (typeof acks)[number]), formatCaseNumber(c.id));
    resent += acks.length - 1;
  }
  assert.equal(sink.messages.length - resent, cases.length, 'no acknowledgement for anything but a case');

  const confirmed = reports.filter((r) => r.confirmed).length;
  const failed = reports.filter((r) => !r.confirmed);
  t.diagnostic(
    `${reports.length} reports: ${confirmed} confirmed, ${failed.length} saw an error ` +
      `(${failed.filter((r) => casesOf.has(r.reporter)).length} of them stored anyway); ` +
      `${cases.length} cases, ${cases.length} acknowledgements` +
      (resent > 0 ? `, ${resent} sent again with the same Message-ID (crash between relay and commit)` : ''),
  );
  const errors = [...new Set(failed.map((r) => r.error))].slice(0, 5);
  if (errors.length > 0) t.diagnostic(`errors seen by senders: ${errors.join(' | ')}`);
}

/** The reports of the burst, spread over the servers in turn, and a form session for each form report. */
async function prepare(servers: readonly ChildServer[]) {
  const reports: Report[] = [];
  const sessions = new Map<Report, FormSession>();
  for (let i = 0; i < REPORTS; i++) {
    const channel = i % 3 === 2 ? 'form' : 'smtp';
    const server = servers[i % servers.length] as ChildServer;
    const report: Report = { channel, reporter: reporterAddress(), server, confirmed: false, error: null };
    reports.push(report);
    if (channel === 'form') sessions.set(report, await openForm(server.httpUrl));
  }
  return { reports, sessions };
}

/**
 * The scenario on a fresh database of `dialect`: a server per name, the first of them the victim of
 * a SIGKILL during the burst; restarted under its name, the instance takes back what the killed
 * process had claimed; then every confirmed report must be a case with one acknowledgement.
 */
async function killDuringBurst(t: TestContext, dialect: Dialect, instances: readonly [string, ...string[]]) {
  const sink = await startSmtpSink();
  const database = await testDatabase(dialect, 'e2e_kill');
  const running: ChildServer[] = [];
  let store: Store | null = null;
  const start = (name: string) =>
    spawnServer(database.url, { relayPort: sink.port, env: { VIGIL_INSTANCE: name } });
  try {
    running.push(...(await Promise.all(instances.map(start))));
    const { reports, sessions } = await prepare(running);
    await burst(reports, sessions, running[0] as ChildServer);
    running.push(await start(instances[0]));
    store = await openDatabase(database.url);
    await settled(store);
    await assertDurable(t, store, sink, reports);
  } finally {
    await store?.close();
    await Promise.all(running.map((s) => s.stop()));
    await sink.close();
    await database.drop();
  }
}

describe('a SIGKILL during a burst of intake loses no confirmed report', { timeout: 120_000 }, () => {
  it('on SQLite, killed and restarted on the same file', (t) => killDuringBurst(t, 'sqlite', ['first']));
  it('on PostgreSQL, two servers sharing the database, one of them killed and restarted', (t) =>
    killDuringBurst(t, 'postgres', ['victim', 'survivor']));
});
