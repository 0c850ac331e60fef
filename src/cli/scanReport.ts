/**
 * `vigil scan report|appendix|scope|remediate`: what a corpus scan found, per problem; the incident
 * report's appendix; peer-reviewed scopes; remediation tracking. See USAGE and docs/scan.md.
 */
import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { requiredCrlReason } from '../rules/index.js';
import { CRTSH_THRESHOLD, appendixCsv, crtshAllowed, crtshLines } from '../scan/appendix.js';
import {
  type RemediationView,
  planRevocations,
  recordRevocation,
  remediateScope,
  remediationsOf,
} from '../scan/remediation.js';
import { crlReasonName, parseCrlCode } from '../scan/remediationCodes.js';
import { remediationStatus, statusJson, statusText } from '../scan/remediationStatus.js';
import { isoUtc, lintSummary, listJson, listText, summaryJson, summaryText, table } from '../scan/report.js';
import { parseCsv } from '../scan/reportCsv.js';
import { type ScanQuery, SEVERITIES, affectedCertificates } from '../scan/reportQuery.js';
import {
  type Outcome,
  type ScopeRun,
  approveScope,
  listScopes,
  runScope,
  saveScope,
  scopeById,
  scopeQuery,
} from '../scan/scope.js';
import { openDatabase, type Store } from '../store/database.js';
import type { Scope } from '../store/scanSchema.js';

const USAGE = `usage: vigil scan <report|appendix|scope|remediate> …

  report [FILTERS] [--format text|json] [--list]
      per lint: affected certificates, first and last notBefore; --list: the certificates
  appendix (--lint NAME… | --scope ID) [FILTERS] [--format csv|crtsh]
      the CCADB IRG 3.2 appendix CSV; crtsh (10,000 certificates or more): crt.sh links
  scope save --name N [--incident BUG] --lint NAME… [FILTERS] --by EMAIL
  scope approve ID --by EMAIL          a second person approves a saved scope
  scope run ID --by EMAIL [--format text|json]
                                       re-runs it: count, and what appeared or disappeared
  scope list [--format text|json]
  scope remediate ID --reason N --aware DATE [--planned DATE] --by EMAIL
      tracks each affected certificate: BR 4.9.1.1 reason N (1-16), deadline from DATE
  remediate record --sha256 X --revoked-at T --code C --by EMAIL
  remediate record --csv FILE|- --by EMAIL      columns sha256,revoked_at,code
      C: a CRLReason number or name, or none (no reasonCode extension)
  remediate plan --scope ID --at DATE [--sha256 X] --by EMAIL
  remediate status --scope ID [--format text|json]
      revoked, not yet revoked, expired, estimate: a revocation-delay update

FILTERS: --lint NAME (repeat or comma-separate), --severity notice|warn|error|fatal,
  --from DATE, --to DATE (notBefore, inclusive; a bare --to date means its whole day),
  --issuer DN (as reports print it), --scan ID
DATE: YYYY-MM-DD (00:00 UTC) or ISO 8601 with Z or an offset.
The database is DATABASE_URL's. Exit status: 0 done; 1 refused or not found; 2 usage error.
`;

interface Output {
  write(chunk: string): unknown;
}

export interface ScanReportIo {
  stdout: Output;
  stderr: Output;
  stdin?: NodeJS.ReadableStream;
}

class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string' },
  list: { type: 'boolean' },
  lint: { type: 'string', multiple: true },
  severity: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  issuer: { type: 'string', multiple: true },
  scan: { type: 'string' },
  scope: { type: 'string' },
  name: { type: 'string' },
  incident: { type: 'string' },
  by: { type: 'string' },
  reason: { type: 'string' },
  aware: { type: 'string' },
  planned: { type: 'string' },
  at: { type: 'string' },
  sha256: { type: 'string' },
  'revoked-at': { type: 'string' },
  code: { type: 'string' },
  csv: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const FILTERS = ['lint', 'severity', 'from', 'to', 'issuer', 'scan'] as const;
/** The options each command takes, the help flag aside. */
const ALLOWED: Record<string, readonly (keyof typeof OPTIONS)[]> = {
  report: [...FILTERS, 'format', 'list'],
  appendix: [...FILTERS, 'format', 'scope'],
  'scope save': [...FILTERS, 'name', 'incident', 'by'],
  'scope approve': ['by'],
  'scope run': ['by', 'format'],
  'scope list': ['format'],
  'scope remediate': ['reason', 'aware', 'planned', 'by'],
  'remediate record': ['sha256', 'revoked-at', 'code', 'csv', 'by'],
  'remediate plan': ['scope', 'at', 'sha256', 'by'],
  'remediate status': ['scope', 'format'],
};

const TAKES_ID = new Set(['scope approve', 'scope run', 'scope remediate']);

interface Context {
  values: Values;
  /** Positionals after the command words: a scope ID. */
  ids: string[];
  store: Store;
  io: ScanReportIo;
  now: number;
}

export async function runScanReportCommand(
  args: string[],
  io: ScanReportIo,
  deps: { env?: NodeJS.ProcessEnv; now?: () => number } = {},
): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`vigil scan: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [first = '', second = '', ...rest] = positionals;
  const command = first === 'scope' || first === 'remediate' ? `${first} ${second}` : first;
  const ids = first === 'scope' || first === 'remediate' ? rest : [second, ...rest].filter(Boolean);
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const allowed = ALLOWED[command];
  if (allowed === undefined) return usage(io, `unknown command '${positionals.join(' ')}'`);
  if (ids.length > 0 && !TAKES_ID.has(command)) return usage(io, `unexpected argument '${ids.join(' ')}'`);
  const extra = Object.keys(values).filter((k) => !(allowed as readonly string[]).includes(k));
  if (extra.length > 0) return usage(io, `${command} takes no --${extra.join(', --')}`);
  const store = await openDatabase(loadConfig(deps.env).databaseUrl);
  try {
    const ctx: Context = { values, ids, store, io, now: (deps.now ?? Date.now)() };
    return await COMMANDS[command as keyof typeof COMMANDS](ctx);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message);
    throw error;
  } finally {
    await store.close();
  }
}

function usage(io: ScanReportIo, message: string): number {
  io.stderr.write(`vigil scan: ${message}\n${USAGE}`);
  return 2;
}

/** Prints an outcome's failure and exits 1; else hands its value on. */
function failed<T>(io: ScanReportIo, outcome: Outcome<T>): outcome is Extract<Outcome<T>, { ok: false }> {
  if (!outcome.ok) io.stderr.write(`vigil scan: ${outcome.error}\n`);
  return !outcome.ok;
}

const COMMANDS = {
  report: async ({ values, store, io }: Context) => {
    const format = oneOf(values.format ?? 'text', ['text', 'json'], '--format');
    const query = filters(values);
    if (values.list) {
      const affected = await affectedCertificates(store.db, query);
      io.stdout.write(format === 'json' ? listJson(affected) : listText(affected));
    } else {
      const summary = await lintSummary(store.db, query);
      io.stdout.write(format === 'json' ? summaryJson(summary) : summaryText(summary));
    }
    return 0;
  },

  appendix: async ({ values, store, io, now }: Context) => {
    const format = oneOf(values.format ?? 'csv', ['csv', 'crtsh'], '--format');
    let query = filters(values);
    let scopeId: number | undefined;
    if (values.scope !== undefined) {
      // The scope is the reviewed query: filters would change what was approved.
      if (Object.keys(query).length > 0) throw new UsageError('appendix --scope takes no filters');
      const scope = await scopeById(store.db, id(values.scope, '--scope'));
      if (failed(io, scope)) return 1;
      scopeId = scope.value.id;
      query = scopeQuery(scope.value);
      if (scope.value.approved_by === null)
        io.stderr.write(`vigil scan: note: scope ${scopeId} is not approved yet\n`);
    } else if (query.lints === undefined) {
      throw new UsageError('appendix needs --lint NAME or --scope ID: one appendix per problem');
    }
    const affected = await affectedCertificates(store.db, query);
    if (format === 'crtsh') {
      if (!crtshAllowed(affected.length)) {
        io.stderr.write(
          `vigil scan: ${affected.length} certificates: below ${CRTSH_THRESHOLD.toLocaleString('en')} the IRG asks for the CSV\n`,
        );
        return 1;
      }
      io.stdout.write(crtshLines(affected));
      return 0;
    }
    const remediations = await remediationsOf(store.db, affected, scopeId);
    const untracked = affected.length - remediations.size;
    if (untracked > 0)
      io.stderr.write(
        `vigil scan: note: ${untracked} certificates have no remediation tracked (Is Revoked says No or N/A): ` +
          'vigil scan scope remediate\n',
      );
    io.stdout.write(appendixCsv(affected, remediations, now));
    return 0;
  },

  'scope save': async ({ values, store, io, now }: Context) => {
    const query = filters(values);
    if (!values.name || !values.by) throw new UsageError('scope save needs --name and --by');
    if (query.lints === undefined) throw new UsageError('scope save needs --lint: the problem it scopes');
    const saved = await saveScope(
      store.db,
      { name: values.name, incident: values.incident ?? null, query },
      values.by,
      now,
    );
    if (failed(io, saved)) return 1;
    io.stdout.write(
      `saved scope ${saved.value.id}: a second person approves it with vigil scan scope approve ${saved.value.id} --by EMAIL\n`,
    );
    return 0;
  },

  'scope approve': async ({ values, ids, store, io, now }: Context) => {
    const approved = await approveScope(store.db, scopeArg(ids), by(values), now);
    if (failed(io, approved)) return 1;
    io.stdout.write(`scope ${approved.value.id} approved by ${approved.value.approved_by}\n`);
    return 0;
  },

  'scope run': async ({ values, ids, store, io, now }: Context) => {
    const format = oneOf(values.format ?? 'text', ['text', 'json'], '--format');
    const run = await runScope(store.db, scopeArg(ids), by(values), now);
    if (failed(io, run)) return 1;
    io.stdout.write(format === 'json' ? runJson(run.value) : runText(run.value));
    return 0;
  },

  'scope list': async ({ values, store, io }: Context) => {
    const format = oneOf(values.format ?? 'text', ['text', 'json'], '--format');
    const scopes = await listScopes(store.db);
    io.stdout.write(
      format === 'json' ? `${JSON.stringify(scopes.map(scopeJson), null, 2)}\n` : scopesText(scopes),
    );
    return 0;
  },

  'scope remediate': async ({ values, ids, store, io, now }: Context) => {
    if (values.reason === undefined || values.aware === undefined)
      throw new UsageError('scope remediate needs --reason and --aware');
    const scopeId = scopeArg(ids);
    const done = await remediateScope(
      store.db,
      scopeId,
      {
        reason: id(values.reason, '--reason'),
        awareAt: date(values.aware, '--aware'),
        plannedAt: values.planned === undefined ? null : date(values.planned, '--planned'),
      },
      by(values),
      now,
    );
    if (failed(io, done)) return 1;
    io.stdout.write(
      `scope ${scopeId}: ${done.value.created} remediations created, ${done.value.existing} already tracked\n`,
    );
    return 0;
  },

  'remediate record': async ({ values, store, io, now }: Context) => {
    const person = by(values);
    const single =
      values.sha256 !== undefined || values['revoked-at'] !== undefined || values.code !== undefined;
    if (values.csv !== undefined && single)
      throw new UsageError('remediate record takes --csv or --sha256, not both');
    const revocations =
      values.csv !== undefined
        ? csvRevocations(await readInput(values.csv, io))
        : [[values.sha256 ?? '', values['revoked-at'] ?? '', values.code ?? '']];
    if (values.csv === undefined && revocations[0]?.some((v) => v === ''))
      throw new UsageError('remediate record needs --sha256, --revoked-at and --code');
    let status = 0;
    for (const [sha256 = '', revokedText = '', codeText = ''] of revocations) {
      // One bad row of a CSV is reported and skipped; the others are still recorded.
      let revokedAt: number;
      try {
        revokedAt = date(revokedText, 'revoked at');
      } catch (error) {
        io.stderr.write(`vigil scan: ${sha256}: ${(error as Error).message}\n`);
        status = 1;
        continue;
      }
      const code = parseCrlCode(codeText);
      if (code === undefined) {
        io.stderr.write(`vigil scan: ${sha256}: not a CRL reason code: '${codeText}'\n`);
        status = 1;
        continue;
      }
      const recorded = await recordRevocation(store.db, { sha256, revokedAt, code }, person, now);
      if (failed(io, recorded)) status = 1;
      else io.stdout.write(recorded.value.map((v) => revocationLine(sha256, v)).join(''));
    }
    return status;
  },

  'remediate plan': async ({ values, store, io, now }: Context) => {
    if (values.scope === undefined || values.at === undefined)
      throw new UsageError('remediate plan needs --scope and --at');
    const planned = await planRevocations(
      store.db,
      id(values.scope, '--scope'),
      date(values.at, '--at'),
      by(values),
      now,
      values.sha256,
    );
    if (failed(io, planned)) return 1;
    io.stdout.write(`${planned.value} remediations planned for ${isoUtc(date(values.at, '--at'))}\n`);
    return 0;
  },

  'remediate status': async ({ values, store, io, now }: Context) => {
    const format = oneOf(values.format ?? 'text', ['text', 'json'], '--format');
    if (values.scope === undefined) throw new UsageError('remediate status needs --scope');
    const scope = await scopeById(store.db, id(values.scope, '--scope'));
    if (failed(io, scope)) return 1;
    const status = await remediationStatus(store.db, scope.value, now);
    io.stdout.write(format === 'json' ? statusJson(status) : statusText(status));
    return 0;
  },
};

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${option} must be ${allowed.join(' or ')}, not '${value}'`);
  return value as T;
}

function id(text: string, what: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`${what}: not a number: '${text}'`);
  return Number(text);
}

function scopeArg(ids: readonly string[]): number {
  if (ids.length !== 1) throw new UsageError('name one scope ID');
  return id(ids[0] as string, 'scope ID');
}

function by(values: Values): string {
  if (!values.by) throw new UsageError('--by EMAIL names who acts: it goes to the audit log');
  return values.by;
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY = 86_400_000;

/** A bare date is 00:00 UTC; a time needs its zone, so no one's local clock decides a deadline. */
function date(text: string, what: string, endOfDay = false): number {
  const bare = BARE_DATE.test(text);
  const day = Date.parse(`${text.slice(0, 10)}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over into March: the day must read back as written.
  const real = !Number.isNaN(day) && new Date(day).toISOString().slice(0, 10) === text.slice(0, 10);
  const ms = !real ? NaN : bare ? day : DATE_TIME.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms))
    throw new UsageError(`${what}: not a date (YYYY-MM-DD, or ISO 8601 with Z): '${text}'`);
  return endOfDay && bare ? ms + DAY - 1 : ms;
}

function filters(values: Values): ScanQuery {
  const list = (v: readonly string[] | undefined) => {
    const all = (v ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    return all.length === 0 ? undefined : all;
  };
  const severities = list(values.severity)?.map((s) => oneOf(s, SEVERITIES, '--severity'));
  const query: ScanQuery = {};
  const lints = list(values.lint);
  if (lints) query.lints = lints;
  if (severities) query.severities = severities;
  if (values.from !== undefined) query.from = date(values.from, '--from');
  if (values.to !== undefined) query.to = date(values.to, '--to', true);
  if (values.issuer?.length) query.issuers = values.issuer;
  if (values.scan !== undefined) query.scanId = id(values.scan, '--scan');
  return query;
}

async function readInput(path: string, io: ScanReportIo): Promise<string> {
  if (path !== '-') return readFileSync(path, 'utf8');
  if (io.stdin === undefined) throw new UsageError('--csv -: no standard input');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The records of a revocation CSV, whose header names sha256, revoked_at and code in any order. */
function csvRevocations(text: string): string[][] {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const columns = ['sha256', 'revoked_at', 'code'].map((c) => header.indexOf(c));
  if (columns.some((c) => c < 0))
    throw new UsageError('the CSV header must name sha256, revoked_at and code');
  return records.slice(1).map((r) => columns.map((c) => r[c] ?? ''));
}

function revocationLine(sha256: string, v: RemediationView): string {
  const flags = [
    ...(v.late ? [`late: the deadline was ${isoUtc(v.dueAt as number)}`] : []),
    ...(v.wrongReason
      ? [
          `wrong reason: reason ${v.row.reason} requires ${crlReasonName(requiredCrlReason(v.row.reason).code)}`,
        ]
      : []),
  ];
  const when = isoUtc(v.row.revoked_at as number);
  return `${sha256}: scope ${v.row.scope_id ?? '-'}: revoked ${when}, ${crlReasonName(v.row.revocation_code)}${flags.length ? `; ${flags.join('; ')}` : ''}\n`;
}

function runJson(run: ScopeRun): string {
  const { scope, ...rest } = run;
  return `${JSON.stringify({ scope: scope.id, approved: scope.approved_by !== null, changed: changed(run), ...rest }, null, 2)}\n`;
}

const changed = (run: ScopeRun) => run.previousDigest !== null && run.previousDigest !== run.digest;

function runText(run: ScopeRun): string {
  const { scope } = run;
  const lines = [`scope ${scope.id} "${scope.name}": ${run.count} certificates, digest ${run.digest}`];
  if (scope.approved_by === null) lines.push('not approved yet: a second person must approve it');
  const last = run.previousRunAt === null ? '' : ` (${isoUtc(run.previousRunAt)})`;
  if (run.previousDigest === null) lines.push('first run');
  else if (!changed(run)) lines.push(`nothing new appeared: the set is the same as at the last run${last}`);
  else lines.push(`the set changed since the last run${last}`);
  for (const [title, refs] of [
    ['appeared', run.appeared],
    ['disappeared', run.disappeared],
  ] as const)
    if (run.previousDigest !== null && refs.length > 0)
      lines.push(
        `${title} (${refs.length}):`,
        ...refs.map((r) => `  ${r.sha256}  ${r.kind}  ${r.serial}  ${r.issuer}`),
      );
  return `${lines.join('\n')}\n`;
}

const scopeJson = (s: Scope) => ({ ...s, query: JSON.parse(s.query) as unknown });

function scopesText(scopes: readonly Scope[]): string {
  if (scopes.length === 0) return 'no scopes\n';
  return table(
    [
      ['id', 'name', 'incident', 'created by', 'approved by', 'last run', 'count'],
      ...scopes.map((s) => [
        String(s.id),
        s.name,
        s.incident ?? '-',
        s.created_by,
        s.approved_by ?? '-',
        s.last_run_at === null ? '-' : isoUtc(s.last_run_at),
        s.last_count === null ? '-' : String(s.last_count),
      ]),
    ],
    [0],
  );
}
