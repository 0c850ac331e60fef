/**
 * Intake latency: 200 reporters at once by SMTP, then 200 at once by the web
 * form, against `vigil serve` on a fresh SQLite file. For each report, the
 * time from the moment its sender starts sending to the moment its
 * acknowledgement reaches the outbound SMTP server (a local sink), and the
 * time to the sender's own confirmation (SMTP 250; the form's 303 and the
 * confirmation page it leads to). The issue's target: p99 < 2 s to the
 * acknowledgement.
 *
 * Two set-ups, same input, same run: the server as a process of its own, as a
 * CA runs it (the reporters in this process, the sink on a thread of its own),
 * and the server inside this process, sharing one event loop with the 200
 * reporters: the peer, which charges the server with the load generator's work.
 * Both run the background loops at their default interval, as a CA would.
 *
 * Usage: npm run bench (every benchmark), or
 *   node dist/bench/intake.bench.js [REPORTERS] [--cpu-prof DIR]
 * --cpu-prof writes a V8 CPU profile of the server process to DIR.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config/config.js';
import { spawnServer, startTestServer, tempSqlite } from '../test/support/server.js';
import { type FormSession, openConfirmation, openForm, postReport, sendMail } from '../test/e2e/reporters.js';
import { type AckSink, startAckSink } from './ackSink.js';

const args = process.argv.slice(2);
const profileFlag = args.indexOf('--cpu-prof');
const profileDir = profileFlag < 0 ? null : (args.splice(profileFlag, 2)[1] ?? '.');
const reporters = Number(args[0] ?? 200);
const TARGET_MS = 2000;
const ACK_TIMEOUT_MS = 60_000;

/** The background loops' interval a CA runs with, not the end-to-end tests' short one. */
const env = { VIGIL_SWEEP_INTERVAL_MS: String(loadConfig({}).sweepIntervalMs) };

/** Wall-clock milliseconds, comparable with the sink thread's. */
const wall = () => performance.timeOrigin + performance.now();

interface Served {
  readonly httpUrl: string;
  readonly smtpPort: number;
  /** The CPU time the server has used so far, when it can be told apart from the reporters'. */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

/** CPU time (user + system) of a process, from /proc on Linux (ticks of 10 ms); null elsewhere. */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

const setups: readonly { readonly label: string; start(relayPort: number): Promise<Served> }[] = [
  {
    label: 'vigil serve as a process of its own',
    async start(relayPort) {
      const database = tempSqlite();
      const nodeArgs = profileDir === null ? [] : ['--cpu-prof', '--cpu-prof-dir', profileDir];
      const child = await spawnServer(database.url, { relayPort, env }, nodeArgs);
      return {
        httpUrl: child.httpUrl,
        smtpPort: child.smtpPort,
        cpuMs: () => processCpuMs(child.process.pid),
        async stop() {
          await child.stop();
          database.remove();
        },
      };
    },
  },
  {
    label: 'vigil serve inside the load generator (peer)',
    start: async (relayPort) => ({ ...(await startTestServer({ relayPort, env })), cpuMs: () => null }),
  },
];

interface Sent {
  readonly reporter: string;
  startedAt: number;
  /** SMTP 250, or the form's 303. */
  confirmedAt: number | null;
  /** The form's confirmation page, with the case number on it. */
  shownAt: number | null;
}

const reporterAddress = (channel: string, i: number) =>
  `${channel}-${i}-${randomBytes(4).toString('hex')}@reporters.example`;

interface Round {
  readonly sent: readonly Sent[];
  /** The server's CPU time from the first send to the last acknowledgement, per report. */
  readonly cpuPerReport: number | null;
}

/** Starts every report at once and waits for all acknowledgements. */
async function round(
  sink: AckSink,
  server: Served,
  channel: string,
  send: (s: Sent, i: number) => Promise<void>,
): Promise<Round> {
  const cpuBefore = server.cpuMs();
  const sent: Sent[] = Array.from({ length: reporters }, (_, i) => ({
    reporter: reporterAddress(channel, i),
    startedAt: 0,
    confirmedAt: null,
    shownAt: null,
  }));
  await Promise.all(
    sent.map(async (s, i) => {
      s.startedAt = wall();
      await send(s, i);
    }),
  );
  const deadline = wall() + ACK_TIMEOUT_MS;
  while (sent.some((s) => !sink.arrivals.has(s.reporter)) && wall() < deadline) await sleep(20);
  const cpuAfter = server.cpuMs();
  const cpu = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / reporters;
  return { sent, cpuPerReport: cpu };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`.padStart(9);
const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const line = (what: string, v: readonly number[]) =>
  console.log(
    `    ${what.padEnd(34)} p50 ${ms(percentile(v, 50))}  p90 ${ms(percentile(v, 90))}  p99 ${ms(percentile(v, 99))}  max ${ms(v.at(-1) ?? NaN)}`,
  );
const since = (sent: readonly Sent[], at: (s: Sent) => number | null | undefined) =>
  sorted(sent.flatMap((s) => (typeof at(s) === 'number' ? [(at(s) as number) - s.startedAt] : [])));

/** Prints one round; returns the p99 to the acknowledgement (infinite when one is missing). */
function report(
  sink: AckSink,
  label: string,
  { sent, cpuPerReport }: Round,
  confirmation: string,
  pages = false,
): number {
  const arrival = (s: Sent) => sink.arrivals.get(s.reporter);
  const toAck = since(sent, arrival);
  const confirmed = since(sent, (s) => s.confirmedAt);
  const shown = since(sent, (s) => s.shownAt);
  const first = Math.min(...sent.map((s) => s.startedAt));
  const last = Math.max(...sent.flatMap((s) => arrival(s) ?? []));
  const p99 = toAck.length === sent.length ? percentile(toAck, 99) : Infinity;
  console.log(`  ${label}: ${sent.length} reporters at once`);
  line('send start -> acknowledgement out', toAck);
  line(`send start -> ${confirmation}`, confirmed);
  if (pages) line('send start -> confirmation page', shown);
  console.log(
    `    acknowledged ${toAck.length}/${sent.length}, confirmed ${confirmed.length}/${sent.length}` +
      `${pages ? `, confirmation page shown ${shown.length}/${sent.length}` : ''}; ` +
      `${(toAck.length / ((last - first) / 1000)).toFixed(0)} reports/s`,
  );
  console.log(
    `    ${cpuPerReport === null ? '' : `server CPU ${cpuPerReport.toFixed(1)} ms per report; `}` +
      `p99 / target (${TARGET_MS} ms) ${(p99 / TARGET_MS).toFixed(2)} (${p99 < TARGET_MS ? 'met' : 'NOT met'})`,
  );
  return p99;
}

async function measure(sink: AckSink, server: Served): Promise<{ smtp: number; form: number }> {
  const smtp = await round(sink, server, 'smtp', async (s) => {
    const response = await sendMail(server.smtpPort, {
      from: s.reporter,
      subject: 'Misissued certificate',
      text: `I believe https://crt.sh/?id=${randomBytes(3).readUIntBE(0, 3)} was misissued; please revoke it.`,
    });
    if (/^250 /.test(response)) s.confirmedAt = wall();
  });
  const smtpP99 = report(sink, 'SMTP', smtp, '250');

  // Each reporter loads the form first, for its cookie and token; the clock starts at the POST.
  const loaded = performance.now();
  const sessions: FormSession[] = await Promise.all(
    Array.from({ length: reporters }, () => openForm(server.httpUrl)),
  );
  const loading = performance.now() - loaded;
  const form = await round(sink, server, 'form', async (s, i) => {
    const session = sessions[i] as FormSession;
    const { status, location } = await postReport(server.httpUrl, session, {
      email: s.reporter,
      problem_type: 'misissuance',
      certificates: `https://crt.sh/?id=${randomBytes(3).readUIntBE(0, 3)}`,
      description: 'This certificate was misissued: its organisation name was never validated.',
    });
    if (status !== 303 || location === null) return;
    s.confirmedAt = wall();
    const page = await openConfirmation(server.httpUrl, session, location);
    if (page.status === 200 && page.caseNumber !== null) s.shownAt = wall();
  });
  const formP99 = report(
    sink,
    `Form (the ${reporters} forms loaded first, in ${ms(loading).trim()})`,
    form,
    '303',
    true,
  );
  return { smtp: smtpP99, form: formP99 };
}

const started = performance.now();
const sink = await startAckSink();
const results: { label: string; smtp: number; form: number }[] = [];
for (const setup of setups) {
  console.log(`${setup.label}, on a fresh SQLite file; acknowledgements relayed to a local SMTP sink`);
  const server = await setup.start(sink.port);
  try {
    results.push({ label: setup.label, ...(await measure(sink, server)) });
  } finally {
    await server.stop();
  }
  console.log();
}
await sink.close();

const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(9);
console.log(`p99 to acknowledgement (target ${TARGET_MS} ms)      SMTP        form   form/SMTP`);
for (const r of results)
  console.log(`  ${r.label.padEnd(44)} ${ms(r.smtp)}   ${ms(r.form)}   ${ratio(r.form, r.smtp)}`);
const [own, peer] = results;
if (own && peer)
  console.log(
    `  ${'own process / inside the load generator'.padEnd(44)} ${ratio(own.smtp, peer.smtp)}   ${ratio(own.form, peer.form)}`,
  );
console.log(
  `total ${((performance.now() - started) / 1000).toFixed(1)} s; peak RSS of this process ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
);
