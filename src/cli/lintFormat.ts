/** Presentation of lint reports: zlint's JSON shape, readable text, the lint list. */
import { styleText } from 'node:util';
import type { LintResult, LintReport } from '../linter/index.js';
import type { Lint, Status } from '../lint/types.js';

/** zlint calls notices 'info'. */
const ZLINT_STATUS: Record<Status, string> = {
  NA: 'NA',
  NE: 'NE',
  pass: 'pass',
  notice: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'fatal',
};

/** `{lint: {result, details?}}` exactly as zlint prints; an unparseable input is one `parse` entry. */
export function zlintJson(report: LintReport): Record<string, { result: string; details?: string }> {
  if (report.fatal) {
    return { parse: { result: 'fatal', details: `${report.fatal.reason} (byte ${report.fatal.offset})` } };
  }
  const out: Record<string, { result: string; details?: string }> = {};
  for (const [name, r] of Object.entries(report.results)) {
    out[name] = r.details ? { result: ZLINT_STATUS[r.status], details: r.details } : { result: ZLINT_STATUS[r.status] };
  }
  return out;
}

export interface Painter {
  (status: Status | 'dim' | 'bold', text: string): string;
}

export const plainPainter: Painter = (_s, text) => text;

const STYLE: Record<Status | 'dim' | 'bold', Parameters<typeof styleText>[0]> = {
  fatal: ['bold', 'magenta'],
  error: ['bold', 'red'],
  warn: 'yellow',
  notice: 'cyan',
  pass: 'green',
  NA: 'gray',
  NE: 'gray',
  dim: 'gray',
  bold: 'bold',
};

export const ttyPainter: Painter = (s, text) => styleText(STYLE[s], text);

const GRAVITY: Status[] = ['fatal', 'error', 'warn', 'notice', 'pass', 'NA', 'NE'];

interface TextInput {
  file: string;
  index: number;
  sha256: string;
  report: LintReport;
  lints: readonly Lint[];
  at: Date | undefined;
}

/** One block per input object: findings by gravity, then counts and the rules not yet in force. */
export function formatText({ file, index, sha256, report, lints, at }: TextInput, paint: Painter, all: boolean): string {
  const lines = [`${paint('bold', `${file}#${index}`)} ${report.type} sha256:${sha256}`];
  if (report.fatal) {
    lines.push(`  ${paint('fatal', 'fatal'.padEnd(7))} unparseable at byte ${report.fatal.offset}: ${report.fatal.reason}`);
    return `${lines.join('\n')}\n\n`;
  }
  const byName = new Map(lints.map((l) => [l.name, l]));
  const entries = Object.entries(report.results) as [string, LintResult][];
  const shown = all ? GRAVITY : GRAVITY.slice(0, 4);
  for (const status of shown) {
    for (const [name, r] of entries.filter(([, r]) => r.status === status)) {
      const cite = byName.get(name)?.citation;
      const details = r.details ? ` ${r.details}` : '';
      lines.push(`  ${paint(status, status.padEnd(7))} ${name}${details}${cite ? paint('dim', ` [${cite}]`) : ''}`);
    }
  }
  const count = (s: Status) => entries.filter(([, r]) => r.status === s).length;
  const summary = GRAVITY.map((s) => `${count(s)} ${s}`).join(', ');
  lines.push(paint('dim', `  ${entries.length} lints: ${summary}`));
  const asOf = at ?? asOfDate(report);
  const upcoming = entries
    .filter(([name, r]) => r.status === 'NE' && (byName.get(name)?.effectiveDate.getTime() ?? 0) > (asOf?.getTime() ?? 0))
    .map(([name]) => name);
  if (upcoming.length) {
    lines.push(paint('dim', `  not yet in force on ${asOf?.toISOString().slice(0, 10)}: ${upcoming.join(', ')}`));
  }
  return `${lines.join('\n')}\n\n`;
}

function asOfDate(report: LintReport): Date | undefined {
  const p = report.parsed;
  if (!p) return undefined;
  return new Date(p.kind === 'crl' ? p.thisUpdate.ms : p.notBefore.ms);
}

export function formatLintList(lints: readonly Lint[]): string {
  const rows = lints.map((l) => {
    const dates = `${l.effectiveDate.toISOString().slice(0, 10)}${l.ineffectiveDate ? `..${l.ineffectiveDate.toISOString().slice(0, 10)}` : ''}`;
    return `${l.name}\t${l.source}\t${l.citation}\t${dates}`;
  });
  return `${['name\tsource\tcitation\teffective', ...rows].join('\n')}\n`;
}
