/** `vigil lint`: lint files, directories or standard input; see USAGE. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lint } from '../lint/types.js';
import { allLints, type LintReport, lintBytes, selectLints } from '../linter/index.js';
import {
  formatLintList,
  formatLintMarkdown,
  formatText,
  type Painter,
  plainPainter,
  ttyPainter,
  zlintJson,
} from './lintFormat.js';
import { parseAtOption } from './options.js';

const USAGE = `usage: vigil lint [options] <file|dir|->...

Lints certificates, precertificates, CRLs and CSRs in PEM (several per file)
or DER. Directories are searched for .pem .crt .cer .der .crl .csr files.

options:
  --format text|json|jsonl  text (default); json: zlint's shape for one object,
                            an array for several; jsonl: one line per object
  --tbs                     inputs are DER tbsCertificates (pre-issuance)
  --at DATE                 evaluate every lint as of DATE (ISO 8601) instead of
                            the notBefore, to preview rules not yet in force
  --include LIST            only these lints or sources (comma-separated)
  --exclude LIST            drop these lints or sources
  --all                     text: also list passing and NA lints
  --list-lints              print every lint with source, citation and dates
                            (--format text, json or markdown)
  -h, --help

exit status: 0 no error or fatal finding; 1 any error or fatal finding
(or an unreadable input); 2 usage error
`;

const CERT_EXTENSIONS = /\.(pem|crt|cer|der|crl|csr|req)$/i;

interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export async function runLintCommand(argv: string[], out: Output, err: Output): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    err.write(`vigil lint: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    out.write(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'jsonl'].includes(format) && !(format === 'markdown' && values['list-lints'])) {
    return usage(err, `unknown format '${format}'`);
  }
  let at: Date | undefined;
  try {
    if (values.at !== undefined) at = new Date(parseAtOption(values.at));
  } catch (error) {
    return usage(err, (error as Error).message);
  }
  const split = (v: string | undefined) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  const include = split(values.include);
  const exclude = split(values.exclude);
  const unknown = [...include, ...exclude].filter(
    (k) => !allLints.some((l) => l.name === k || l.source === k),
  );
  if (unknown.length) return usage(err, `no lint or source named ${unknown.join(', ')}`);
  const lints = selectLints({ include, exclude });
  if (values['list-lints']) {
    if (format === 'markdown') out.write(formatLintMarkdown(lints));
    else
      out.write(
        format === 'text' ? formatLintList(lints) : `${JSON.stringify(lints.map(describeLint), null, 2)}\n`,
      );
    return 0;
  }
  if (positionals.length === 0)
    return usage(err, 'no input: name files, directories, or - for standard input');

  const paint: Painter = format === 'text' && out.isTTY && !process.env.NO_COLOR ? ttyPainter : plainPainter;
  const collected: Record<string, unknown>[] = [];
  let failed = false;
  for (const file of expandInputs(positionals, err)) {
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? await readStdin() : new Uint8Array(readFileSync(file));
    } catch (e) {
      err.write(`vigil lint: ${file}: ${(e as Error).message}\n`);
      failed = true;
      continue;
    }
    const { reports, problems } = lintBytes(bytes, { lints, ...(at && { at }), tbs: values.tbs === true });
    for (const p of problems) {
      err.write(`vigil lint: ${file}: ${p.reason}\n`);
      failed = true;
    }
    if (reports.length === 0 && problems.length === 0) {
      err.write(`vigil lint: ${file}: no certificate, CRL or CSR found\n`);
      failed = true;
    }
    for (const { index, der, report } of reports) {
      failed ||= hasFailure(report);
      const sha256 = createHash('sha256').update(der).digest('hex');
      if (format === 'text')
        out.write(formatText({ file, index, sha256, report, lints, at }, paint, values.all === true));
      else {
        const record = { file, index, sha256, type: report.type, results: zlintJson(report) };
        if (format === 'jsonl') out.write(`${JSON.stringify(record)}\n`);
        else collected.push(record);
      }
    }
  }
  if (format === 'json') {
    const only = collected.length === 1 ? (collected[0] as { results: unknown }).results : collected;
    out.write(`${JSON.stringify(only, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      tbs: { type: 'boolean' },
      at: { type: 'string' },
      include: { type: 'string' },
      exclude: { type: 'string' },
      all: { type: 'boolean' },
      'list-lints': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function usage(err: Output, message: string): number {
  err.write(`vigil lint: ${message}\n${USAGE}`);
  return 2;
}

export function describeLint(l: Lint) {
  return {
    name: l.name,
    source: l.source,
    citation: l.citation,
    description: l.description,
    target: l.target,
    effectiveDate: l.effectiveDate.toISOString().slice(0, 10),
    ...(l.ineffectiveDate && { ineffectiveDate: l.ineffectiveDate.toISOString().slice(0, 10) }),
  };
}

function hasFailure(report: LintReport): boolean {
  return (
    report.fatal !== undefined ||
    Object.values(report.results).some((r) => r.status === 'error' || r.status === 'fatal')
  );
}

/** Files named directly are always read; directories contribute files with certificate-like extensions. */
function* expandInputs(inputs: string[], err: Output): Generator<string> {
  for (const input of inputs) {
    if (input === '-') {
      yield input;
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // Reported when the read fails.
    }
    if (!isDir) yield input;
    else yield* walk(input, err);
  }
}

function* walk(dir: string, err: Output): Generator<string> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    err.write(`vigil lint: ${dir}: ${(e as Error).message}\n`);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, err);
    else if (CERT_EXTENSIONS.test(entry.name)) yield path;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
