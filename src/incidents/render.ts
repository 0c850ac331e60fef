/**
 * The IRG 3.2 templates (Preliminary Incident Report, Full Incident Report, Report Closure Summary)
 * as the Markdown to paste into the bug: every heading and field of the template, in its order, with
 * "N/A" where a field does not apply, as the IRG asks ("Fields that are not applicable MUST still be
 * included and marked 'N/A'").
 */
import type { ActionItem, Incident, TimelineEntry } from '../store/incidentSchema.js';
import { cell, fieldValue, table } from './markdown.js';
import type { IncidentReport, MappedLesson } from './model.js';

export type ReportKind = 'preliminary' | 'full' | 'closure';

export interface ReportInput {
  readonly incident: Incident;
  readonly report: IncidentReport;
  readonly actionItems: readonly ActionItem[];
  readonly timeline: readonly TimelineEntry[];
  /** The CA Owner as the CCADB names it. */
  readonly caOwner: string;
}

export const NA = 'N/A';
const BUGZILLA = 'https://bugzilla.mozilla.org/show_bug.cgi?id=';
const SUB = '   ';

/**
 * A timeline time in UTC: to the minute, and to the second when the fact carries seconds (a
 * received e-mail, a Bugzilla comment), so a second is never dropped; milliseconds are.
 */
export function timelineTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  const seconds = iso.slice(17, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`} UTC`;
}

export const utcDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function field(label: string, value: string | number | null, indent = ''): string {
  const shown =
    value === null || String(value).trim() === '' ? NA : fieldValue(String(value), `${indent}${SUB}`);
  return `${indent}- **${label}:** ${shown}`;
}

function listField(label: string, items: readonly string[]): string {
  if (items.length === 0) return field(label, null);
  return [`- **${label}:**`, ...items.map((i) => `${SUB}- ${fieldValue(i, `${SUB}  `)}`)].join('\n');
}

const mapped = (l: MappedLesson) =>
  `${l.text} (Action Item${l.actionItems.length === 1 ? '' : 's'} ${l.actionItems.join(', ') || NA})`;

function preliminary({ report }: ReportInput): string {
  const s = report.summary;
  return [
    '## Preliminary Incident Report',
    '',
    '### Summary',
    '',
    field('Incident description', s.incidentDescription),
    field('Relevant policies', s.relevantPolicies),
    field('Source of incident disclosure', s.sourceOfDisclosure),
  ].join('\n');
}

function timelineSection(entries: readonly TimelineEntry[]): string {
  const included = entries.filter((e) => e.included === 1).sort((a, b) => a.at - b.at || a.id - b.id);
  if (included.length === 0) return NA;
  return [
    'All times are UTC.',
    '',
    ...included.map(
      (e) =>
        `- ${timelineTime(e.at)}: ${fieldValue(e.text, SUB)}${
          e.root_cause === null ? '' : ` (delay attributed to Contributing Factor #${e.root_cause})`
        }`,
    ),
  ].join('\n');
}

function relatedSection(report: IncidentReport): string {
  if (report.relatedIncidents.length === 0) return NA;
  return table(
    ['Bug', 'Date', 'Description'],
    report.relatedIncidents.map((r) => [
      `[${r.bugId}](${BUGZILLA}${r.bugId})`,
      r.openedOn,
      r.description.trim() === '' ? NA : cell(r.description),
    ]),
  );
}

function rootCauseSection(report: IncidentReport): string {
  if (report.rootCauses.length === 0) return NA;
  return report.rootCauses
    .map((f, i) =>
      [
        `**Contributing Factor #${i + 1}: ${fieldValue(f.title, '')}**`,
        field('Description', f.description),
        field('Timeline', f.timeline),
        field('Detection', f.detection),
        field('Interaction with other factors', f.interaction),
        field('Root Cause Analysis methodology used', f.methodology),
      ].join('\n'),
    )
    .join('\n\n');
}

const rootCauseRefs = (list: string) =>
  list
    .split(/[\s,]+/)
    .filter((n) => n !== '')
    .map((n) => `Root Cause # ${n}`)
    .join(', ') || NA;

function actionItemSection(items: readonly ActionItem[]): string {
  if (items.length === 0) return NA;
  return table(
    ['Action Item', 'Kind', 'Corresponding Root Cause(s)', 'Evaluation Criteria', 'Due Date', 'Status'],
    [...items]
      .sort((a, b) => a.number - b.number)
      .map((a) => [
        `${a.number}. ${cell(a.description)}`,
        a.kind,
        cell(rootCauseRefs(a.root_causes)),
        a.evaluation_criteria.trim() === '' ? NA : cell(a.evaluation_criteria),
        a.due_at === null ? NA : utcDate(a.due_at),
        a.status,
      ]),
  );
}

function full(input: ReportInput): string {
  const { report } = input;
  const s = report.summary;
  const i = report.impact;
  const l = report.lessons;
  return [
    '## Full Incident Report',
    '',
    '### Summary',
    '',
    field('CA Owner CCADB unique ID', s.caOwnerCcadbId),
    field('Incident description', s.incidentDescription),
    '- **Timeline summary:**',
    field('Non-compliance start date', s.nonComplianceStart, SUB),
    field('Non-compliance identified date', s.nonComplianceIdentified, SUB),
    field('Non-compliance end date', s.nonComplianceEnd, SUB),
    field('Relevant policies', s.relevantPolicies),
    field('Source of incident disclosure', s.sourceOfDisclosure),
    '',
    '### Impact',
    '',
    field('Total number of certificates', i.totalCertificates),
    field('Total number of "remaining valid" certificates', i.remainingValidCertificates),
    field('Affected certificate types', i.certificateTypes),
    field('Incident heuristic', i.heuristic),
    field('Was issuance stopped in response to this incident, and why or why not?', i.issuanceStopped),
    field('Analysis', i.analysis),
    field('Additional considerations', i.additionalConsiderations),
    '',
    '### Timeline',
    '',
    timelineSection(input.timeline),
    '',
    '### Related Incidents',
    '',
    relatedSection(report),
    '',
    '### Root Cause Analysis',
    '',
    rootCauseSection(report),
    '',
    '### Lessons Learned',
    '',
    listField('What went well', l.wentWell),
    listField('What didn’t go well', l.didntGoWell.map(mapped)),
    listField('Where we got lucky', l.gotLucky),
    listField('Additional', l.additional.map(mapped)),
    '',
    '### Action Items',
    '',
    actionItemSection(input.actionItems),
    '',
    '### Appendix',
    '',
    report.appendix.trim() === '' ? NA : verbatim(report.appendix.trim()),
  ].join('\n');
}

function closure({ report }: ReportInput): string {
  const c = report.closure;
  return [
    '### Report Closure Summary',
    '',
    field('Incident description', c.description),
    field('Incident Root Cause(s)', c.rootCauses),
    field('Remediation description', c.remediation),
    field('Commitment summary', c.commitments),
    '',
    'All Action Items disclosed in this report have been completed as described, and we request its closure.',
  ].join('\n');
}

/** Supporting data (a CSV, crt.sh links) exactly as given: a fence longer than any backtick run in it. */
function verbatim(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}

const RENDER: Record<ReportKind, (input: ReportInput) => string> = { preliminary, full, closure };

export function renderReport(kind: ReportKind, input: ReportInput): string {
  return `${RENDER[kind](input)}\n`;
}
