/**
 * Intake latency: 200 reporters at once by SMTP, then 200 at once by the web
 * form, against `vigil serve` on a fresh SQLite file. For each report, the
 * time from the moment its sender starts sending to the moment its
 * acknowledgement is handed to the outbound SMTP server (a local sink), and
 * the time to the sender's own confirmation (SMTP 250, the form's redirect).
 * The target: p99 < 2 s to the acknowledgement.
 * Usage: npm run bench (both benchmarks), or node dist/bench/intake.bench.js [REPORTERS]
 */
import { randomBytes } from 'node:crypto';
import { startTestServer } from '../test/support/server.js';
import { startSmtpSink } from '../test/support/smtpSink.js';
import { type FormSession, openForm, postReport, sendMail } from '../test/e2e/reporters.js';

const reporters = Number(process.argv[2] ?? 200);
const TARGET_MS = 2000;
const ACK_TIMEOUT_MS = 60_000;

const sink = await startSmtpSink();
const server = await startTestServer({ relayPort: sink.port });

/** When each acknowledgement reached the sink, by recipient: noted as the sink announces each message. */
const arrived = new Map<string, number>();
void (async () => {
  for (let seen = 0; ;) {
    await sink.waitFor(seen + 1, ACK_TIMEOUT_MS).catch(() => undefined);
    const at = performance.now();
    for (; seen < sink.messages.length; seen++)
      for (const to of sink.messages[seen]?.envelopeTo ?? []) if (!arrived.has(to)) arrived.set(to, at);
  }
})();

interface Sent {
  readonly reporter: string;
  readonly startedAt: number;
  confirmedAt: number | null;
}

const reporterAddress = (channel: string, i: number) =>
  `${channel}-${i}-${randomBytes(4).toString('hex')}@reporters.example`;

/** Starts every report at once and waits for all acknowledgements. */
async function round(channel: string, send: (s: Sent, i: number) => Promise<boolean>): Promise<Sent[]> {
  const sent = Array.from({ length: reporters }, (_, i) => ({
    reporter: reporterAddress(channel, i),
    startedAt: 0,
    confirmedAt: null as number | null,
  }));
  await Promise.all(
    sent.map(async (s, i) => {
      s.startedAt = performance.now();
      if (await send(s, i)) s.confirmedAt = performance.now();
    }),
  );
  const deadline = performance.now() + ACK_TIMEOUT_MS;
  while (sent.some((s) => !arrived.has(s.reporter)) && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return sent;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`.padStart(9);

function report(label: string, sent: readonly Sent[]): number {
  const acked = sent.filter((s) => arrived.has(s.reporter));
  const toAck = acked.map((s) => (arrived.get(s.reporter) as number) - s.startedAt).sort((a, b) => a - b);
  const toConfirm = sent.flatMap((s) => (s.confirmedAt === null ? [] : [s.confirmedAt - s.startedAt]));
  toConfirm.sort((a, b) => a - b);
  const first = Math.min(...sent.map((s) => s.startedAt));
  const last = Math.max(...acked.map((s) => arrived.get(s.reporter) as number));
  const p99 = percentile(toAck, 99);
  const line = (what: string, v: readonly number[]) =>
    console.log(
      `  ${what.padEnd(34)} p50 ${ms(percentile(v, 50))}  p90 ${ms(percentile(v, 90))}  p99 ${ms(percentile(v, 99))}  max ${ms(v.at(-1) ?? NaN)}`,
    );
  console.log(`${label}: ${sent.length} reporters at once`);
  line('send start -> acknowledgement out', toAck);
  line('send start -> sender confirmed', toConfirm);
  console.log(
    `  acknowledged ${acked.length}/${sent.length}, confirmed ${toConfirm.length}/${sent.length}; ` +
      `throughput ${(acked.length / ((last - first) / 1000)).toFixed(0)} reports/s`,
  );
  console.log(
    `  ratio p99 / target (${TARGET_MS} ms):   ${(p99 / TARGET_MS).toFixed(2)} ` +
      `(${p99 < TARGET_MS && acked.length === sent.length ? 'met' : 'NOT met'})\n`,
  );
  return acked.length;
}

const started = performance.now();
console.log(
  `vigil serve in this process on a fresh SQLite file; acknowledgements relayed to a local SMTP sink\n`,
);

const smtp = await round('smtp', async (s) =>
  /^250 /.test(
    await sendMail(server.smtpPort, {
      from: s.reporter,
      subject: 'Misissued certificate',
      text: `I believe https://crt.sh/?id=${randomBytes(3).readUIntBE(0, 3)} was misissued; please revoke it.`,
    }),
  ),
);
report('SMTP', smtp);

// Each reporter loads the form first, for its cookie and token; the clock starts at the POST.
const sessions: FormSession[] = await Promise.all(
  Array.from({ length: reporters }, () => openForm(server.httpUrl)),
);
const form = await round('form', async (s, i) => {
  const { status } = await postReport(server.httpUrl, sessions[i] as FormSession, {
    email: s.reporter,
    problem_type: 'misissuance',
    certificates: `https://crt.sh/?id=${randomBytes(3).readUIntBE(0, 3)}`,
    description: 'This certificate was misissued: its organisation name was never validated.',
  });
  return status === 303;
});
report('Form', form);

await server.stop();
await sink.close();
console.log(
  `total ${((performance.now() - started) / 1000).toFixed(1)} s; peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
);
