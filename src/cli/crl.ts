/** `vigil crl`: check a CRL, add a source to watch, or run one round of the watch; see USAGE. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config/config.js';
import { type CrlCheck, checkCrl, crlNumberOf, unavailable } from '../crl/check.js';
import { isUrl, readCrlSource } from '../crl/fetch.js';
import { type CrlProblem, hasError } from '../crl/problem.js';
import type { RevocationStatus } from '../crl/revocations.js';
import { addSource, sourceAt } from '../crl/sources.js';
import { checkAllSources, checkSource, type SourceReport } from '../crl/watch.js';
import { readInputObjects } from '../linter/input.js';
import { openDatabase, type Store } from '../store/database.js';
import { type Certificate, parseCertificate } from '../x509/certificate.js';
import { formatName } from '../x509/name.js';
import { oidName } from '../x509/oids.js';

const USAGE = `usage: vigil crl FILE|URL [--issuer CERT] [--format text|json] [--database URL]
       vigil crl add FILE|URL --issuer CERT [--database URL]
       vigil crl watch [--format text|json] [--database URL]

Checks a CRL (DER or PEM, from a file or an http(s) URL): its signature,
issuer name and AKI against the issuer certificate (--issuer, PEM or DER),
the CRL lints, thisUpdate and nextUpdate against BR 4.9.7 and MRSP 6.

With --database URL (or DATABASE_URL set) the CRL becomes a watched source:
the check is recorded, its CRLNumber compared with the last one, every
revocation recorded in Vigil for the certificates it covers looked for
(BR 4.9.7: within 24 hours, with the recorded reasonCode), and failures
alerted. --issuer may then be left out once the source has an issuer.

  add     adds a source to watch, with the issuer certificate to verify it by
  watch   checks every source once, the CRL distribution points of stored
          certificates included (vigil serve does this on a schedule)

exit status: 0 no error-level finding; 1 any error-level finding, or an
unreadable issuer certificate; 2 usage error
`;

interface Output {
  write(chunk: string): unknown;
}

type Command = { kind: 'check'; location: string } | { kind: 'add'; location: string } | { kind: 'watch' };

interface Issuer {
  readonly der: Uint8Array;
  readonly cert: Certificate;
}

class UsageError extends Error {}

/** A file path is kept absolute, so checks from any directory record the same source. */
const locationOf = (arg: string) => (isUrl(arg) ? arg : resolve(arg));

function commandOf(positionals: readonly string[]): Command {
  const [first, second, ...rest] = positionals;
  if (first === 'watch' && second === undefined) return { kind: 'watch' };
  if (first === 'add' && second !== undefined && rest.length === 0)
    return { kind: 'add', location: locationOf(second) };
  if (first !== undefined && first !== 'add' && first !== 'watch' && second === undefined)
    return { kind: 'check', location: locationOf(first) };
  throw new UsageError(first === undefined ? 'name a CRL file or URL' : 'unexpected arguments');
}

/** The first certificate in a PEM or DER file, or why there is none. */
function readIssuer(path: string): Issuer | string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return `cannot read the issuer certificate: ${(error as Error).message}`;
  }
  const found = readInputObjects(bytes).objects.find(
    (o) => o.declared === 'certificate' || o.declared === 'unknown',
  );
  if (found === undefined) return `${path} holds no certificate`;
  const parsed = parseCertificate(found.der);
  return parsed.ok ? { der: found.der, cert: parsed.value } : `${path}: not a certificate: ${parsed.reason}`;
}

export async function runCrlCommand(
  argv: string[],
  io: { stdout: Output; stderr: Output; env: NodeJS.ProcessEnv },
  now: () => number = Date.now,
): Promise<number> {
  const usage = (why: string) => {
    io.stderr.write(`vigil crl: ${why}\n${USAGE}`);
    return 2;
  };
  let values: { issuer?: string; format?: string; database?: string; help?: boolean };
  let command: Command;
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        issuer: { type: 'string' },
        format: { type: 'string' },
        database: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    values = parsed.values;
    if (values.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    command = commandOf(parsed.positionals);
  } catch (error) {
    return usage((error as Error).message);
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usage(`unknown format '${format}'`);
  let issuer: Issuer | undefined;
  if (values.issuer !== undefined) {
    const read = readIssuer(values.issuer);
    if (typeof read === 'string') {
      io.stderr.write(`vigil crl: ${read}\n`);
      return 1;
    }
    issuer = read;
  }
  const databaseUrl = values.database ?? (io.env.DATABASE_URL || undefined);

  if (command.kind === 'check' && databaseUrl === undefined) {
    if (issuer === undefined) return usage('--issuer CERT is required without a database');
    const fetched = await readCrlSource(command.location);
    const check = fetched.ok
      ? checkCrl(fetched.bytes, { now: now(), issuer: issuer.cert })
      : unavailable(fetched.reason);
    return print(io.stdout, format, [summary(command.location, check, check.problems)]);
  }
  if (command.kind === 'add' && issuer === undefined) return usage('--issuer CERT is required');

  const config = loadConfig(io.env);
  const store = await openDatabase(databaseUrl ?? config.databaseUrl);
  try {
    if (command.kind === 'add') {
      const source = await addSource(store.db, command.location, (issuer as Issuer).der, now());
      io.stdout.write(`CRL source ${source.id}: ${source.location}\n`);
      return 0;
    }
    const reports =
      command.kind === 'watch'
        ? await checkAllSources(store, config, now())
        : [await checkRecorded(store, config, command.location, issuer, now())];
    return print(
      io.stdout,
      format,
      reports.map((r) => summary(r.source.location, r.check, r.problems, r.revocations)),
    );
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

/** Checks a location as a watched source: added with the issuer given unless it exists. */
async function checkRecorded(
  store: Store,
  config: Config,
  location: string,
  issuer: Issuer | undefined,
  now: number,
): Promise<SourceReport> {
  let source = await sourceAt(store.db, location);
  if (issuer === undefined && !source?.issuerDer)
    throw new UsageError(`--issuer CERT is required: no issuer certificate is stored for ${location}`);
  if (source === undefined || (source.issuerDer === null && issuer !== undefined))
    source = await addSource(store.db, location, issuer?.der ?? null, now);
  return checkSource(store, config, source, now, issuer ? { issuer: issuer.cert } : {});
}

interface Summary {
  readonly location: string;
  readonly ok: boolean;
  readonly sha256: string | null;
  readonly issuer: string | null;
  readonly thisUpdate: string | null;
  readonly nextUpdate: string | null;
  readonly crlNumber: string | null;
  readonly entries: number;
  readonly signature: string;
  readonly signatureAlgorithm: string | null;
  readonly scope: string;
  readonly problems: readonly CrlProblem[];
  /** Only with a database: the tracked revocations the CRL covers. */
  readonly revocations?: readonly {
    serial: string;
    sha256: string;
    state: string;
    recordedAt: string;
    dueAt: string | null;
  }[];
}

const iso = (ms: number | undefined | null) =>
  ms === undefined || ms === null ? null : new Date(ms).toISOString();

function summary(
  location: string,
  check: CrlCheck,
  problems: readonly CrlProblem[],
  revocations?: readonly RevocationStatus[],
): Summary {
  const { crl } = check;
  return {
    location,
    ok: !hasError(problems),
    sha256: check.sha256,
    issuer: crl ? formatName(crl.issuer) : null,
    thisUpdate: iso(crl?.thisUpdate.ms),
    nextUpdate: iso(crl?.nextUpdate?.ms),
    crlNumber: crl ? crlNumberOf(crl) : null,
    entries: check.entries.length,
    signature: check.signature,
    signatureAlgorithm: crl ? oidName(crl.signatureAlgorithm.oid) : null,
    scope: check.scope,
    problems,
    ...(revocations && {
      revocations: revocations.map((r) => ({
        serial: r.serial,
        sha256: r.sha256,
        state: r.state,
        recordedAt: iso(r.recordedAt) as string,
        dueAt: iso(r.dueAt),
      })),
    }),
  };
}

function print(out: Output, format: 'text' | 'json', summaries: readonly Summary[]): number {
  out.write(format === 'json' ? `${JSON.stringify(summaries, null, 2)}\n` : summaries.map(text).join('\n'));
  return summaries.every((s) => s.ok) ? 0 : 1;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function text(s: Summary): string {
  const lines = [`CRL ${s.location}`];
  if (s.sha256 !== null) lines.push(`  sha256      ${s.sha256}`);
  if (s.issuer !== null)
    lines.push(
      `  issuer      ${s.issuer}`,
      `  thisUpdate  ${s.thisUpdate}, nextUpdate ${s.nextUpdate ?? 'absent'}`,
      `  CRLNumber   ${s.crlNumber ?? 'absent'}; ${count(s.entries, 'entry', 'entries')}; a CRL of ${s.scope === 'ca' ? 'CA' : 'subscriber'} certificates`,
    );
  lines.push(`  signature   ${s.signature}${s.signatureAlgorithm ? ` (${s.signatureAlgorithm})` : ''}`);
  for (const p of s.problems) lines.push(`  ${p.severity.padEnd(6)} ${p.code}: ${p.message} [${p.rule}]`);
  if (s.revocations) {
    const states = new Map<string, number>();
    for (const r of s.revocations) states.set(r.state, (states.get(r.state) ?? 0) + 1);
    lines.push(
      `  tracked revocations: ${s.revocations.length === 0 ? 'none' : [...states].map(([k, n]) => `${n} ${k.replace('_', ' ')}`).join(', ')}`,
    );
  }
  const of = (severity: string) => s.problems.filter((p) => p.severity === severity).length;
  lines.push(
    `  ${s.ok ? 'ok' : 'FAILED'}: ${count(of('error'), 'error')}, ${count(of('warn'), 'warning')}, ${count(of('notice'), 'notice')}`,
    '',
  );
  return lines.join('\n');
}
