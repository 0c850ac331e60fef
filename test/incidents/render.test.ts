import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyReport } from '../../src/incidents/model.js';
import { renderReport, timelineTime } from '../../src/incidents/render.js';
import { AWARE, actionItem, incident, sampleInput } from './sample.js';

/**
 * The templates' structure as the IRG (3.1 text, the template 3.2 keeps) gives it: headings, field
 * labels and contributing-factor blocks in order; table header rows; fixed sentences.
 */
const FULL = [
  'H2 Full Incident Report',
  'H3 Summary',
  'F CA Owner CCADB unique ID',
  'F Incident description',
  'F Timeline summary',
  'F Non-compliance start date',
  'F Non-compliance identified date',
  'F Non-compliance end date',
  'F Relevant policies',
  'F Source of incident disclosure',
  'H3 Impact',
  'F Total number of certificates',
  'F Total number of "remaining valid" certificates',
  'F Affected certificate types',
  'F Incident heuristic',
  'F Was issuance stopped in response to this incident, and why or why not?',
  'F Analysis',
  'F Additional considerations',
  'H3 Timeline',
  'H3 Related Incidents',
  'T Bug | Date | Description',
  'H3 Root Cause Analysis',
  'C Contributing Factor #1',
  'F Description',
  'F Timeline',
  'F Detection',
  'F Interaction with other factors',
  'F Root Cause Analysis methodology used',
  'H3 Lessons Learned',
  'F What went well',
  'F What didn’t go well',
  'F Where we got lucky',
  'F Additional',
  'H3 Action Items',
  'T Action Item | Kind | Corresponding Root Cause(s) | Evaluation Criteria | Due Date | Status',
  'H3 Appendix',
];
const PRELIMINARY = [
  'H2 Preliminary Incident Report',
  'H3 Summary',
  'F Incident description',
  'F Relevant policies',
  'F Source of incident disclosure',
];
const CLOSURE = [
  'H3 Report Closure Summary',
  'F Incident description',
  'F Incident Root Cause(s)',
  'F Remediation description',
  'F Commitment summary',
];

/** The Markdown's structure, and each field's value (first line), keyed by its position. */
function parse(markdown: string): { structure: string[]; values: string[] } {
  const structure: string[] = [];
  const values: string[] = [];
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    let m: RegExpExecArray | null;
    if ((m = /^(#{2,4}) (.+)$/.exec(line))) {
      structure.push(`H${m[1]?.length} ${m[2]}`);
      values.push('');
    } else if ((m = /^\s*- \*\*(.+?):\*\*\s?(.*)$/.exec(line))) {
      structure.push(`F ${m[1]}`);
      values.push(m[2] ?? '');
    } else if ((m = /^\*\*(Contributing Factor #\d+): (.*)\*\*$/.exec(line))) {
      structure.push(`C ${m[1]}`);
      values.push(m[2] ?? '');
    } else if (line.startsWith('| ') && lines[i + 1]?.startsWith('| ---')) {
      structure.push(`T ${line.slice(2, -2)}`);
      values.push('');
    }
  });
  return { structure, values };
}

const valueOf = (markdown: string, label: string) => {
  const { structure, values } = parse(markdown);
  return values[structure.indexOf(`F ${label}`)];
};

const section = (markdown: string, heading: string) =>
  markdown.split(`### ${heading}\n\n`)[1]?.split('\n\n### ')[0] ?? '';

describe('renderReport', () => {
  it('renders the Full Incident Report with every heading and field of the template, in order', () => {
    const md = renderReport('full', sampleInput());
    assert.deepEqual(parse(md).structure, FULL);
    assert.equal(valueOf(md, 'CA Owner CCADB unique ID'), 'A000123');
    assert.equal(valueOf(md, 'Non-compliance identified date'), '2024-03-16 22:14 UTC');
    assert.equal(valueOf(md, 'Source of incident disclosure'), 'Third Party Reported');
    assert.equal(valueOf(md, 'Total number of certificates'), '1');
    assert.equal(valueOf(md, 'Total number of "remaining valid" certificates'), '0');
    assert.equal(valueOf(md, 'Incident heuristic'), 'N/A');
    assert.equal(valueOf(md, 'Analysis'), 'N/A');
    assert.equal(valueOf(md, 'Where we got lucky'), 'N/A');
    assert.equal(valueOf(md, 'Root Cause Analysis methodology used'), '5-Whys');
    assert.equal(section(md, 'Appendix').trim(), 'N/A');
  });

  it('lists the included timeline entries in time order, in UTC, seconds kept when the fact has them', () => {
    const md = renderReport('full', sampleInput());
    assert.equal(
      section(md, 'Timeline'),
      [
        'All times are UTC.',
        '',
        '- 2024-03-15 15:07:37 UTC: CPR received',
        '- 2024-03-16 22:07:37 UTC: Reporter opened the bug',
      ].join('\n'),
    );
    assert.equal(timelineTime(Date.parse('2024-03-16T22:14:00.999Z')), '2024-03-16 22:14 UTC');
  });

  it('shows a delay attributed to a contributing factor in the timeline', () => {
    const input = sampleInput();
    const [first] = input.timeline;
    assert.ok(first);
    const md = renderReport('full', { ...input, timeline: [{ ...first, root_cause: 1 }] });
    assert.match(
      section(md, 'Timeline'),
      /Reporter opened the bug \(delay attributed to Contributing Factor #1\)$/,
    );
  });

  it('renders the tables row by row, escaping what would break a cell', () => {
    const input = sampleInput();
    input.actionItems.push(
      actionItem({
        id: 2,
        number: 2,
        description: 'Retrain | staff',
        root_causes: '1, 2',
        due_at: null,
        evaluation_criteria: '',
        status: 'Delayed',
        kind: 'Detect',
      }),
    );
    const md = renderReport('full', input);
    assert.deepEqual(section(md, 'Related Incidents').split('\n'), [
      '| Bug | Date | Description |',
      '| --- | --- | --- |',
      '| [1883843](https://bugzilla.mozilla.org/show_bug.cgi?id=1883843) | 2024-03-06 | Same certificate \\| missing CPS URI |',
    ]);
    const rows = section(md, 'Action Items').split('\n').slice(2);
    assert.deepEqual(rows, [
      '| 1. Flag CPRs automatically | Prevent | Root Cause # 1 | Every CPR gets a case within 1 minute | 2024-08-31 | Ongoing |',
      '| 2. Retrain \\| staff | Detect | Root Cause # 1, Root Cause # 2 | N/A | N/A | Delayed |',
    ]);
    for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length, 8);
  });

  it('escapes Markdown in people’s text and keeps multi-line values inside their list item', () => {
    const input = sampleInput();
    input.report.summary.incidentDescription = 'first line\n# not a heading\nthird *line*';
    const md = renderReport('preliminary', input);
    assert.match(
      md,
      /- \*\*Incident description:\*\* first line\n {3}\\# not a heading\n {3}third \\\*line\\\*\n/,
    );
    assert.deepEqual(parse(md).structure, PRELIMINARY);
    const lessons = section(renderReport('full', input), 'Lessons Learned');
    assert.match(lessons, /- \*\*What went well:\*\*\n {3}- The reporter followed up \\\*twice\\\*/);
    assert.match(
      lessons,
      /- \*\*What didn’t go well:\*\*\n {3}- The CPR was read as a support request \(Action Item 1\)/,
    );
  });

  it('renders the Preliminary and Closure templates field by field, N/A where empty', () => {
    const pre = renderReport('preliminary', { ...sampleInput(), report: emptyReport() });
    assert.deepEqual(parse(pre).structure, PRELIMINARY);
    assert.deepEqual(parse(pre).values.slice(2), ['N/A', 'N/A', 'N/A']);
    const closure = renderReport('closure', sampleInput());
    assert.deepEqual(parse(closure).structure, CLOSURE);
    assert.deepEqual(parse(closure).values.slice(1), ['d', 'rc', 'rem', 'N/A']);
    assert.match(
      closure,
      /\n\nAll Action Items disclosed in this report have been completed as described, and we request its closure\.\n$/,
    );
  });

  it('says N/A for a Full report’s sections that have nothing yet', () => {
    const md = renderReport('full', {
      incident: { ...incident, aware_at: AWARE },
      report: emptyReport(),
      actionItems: [],
      timeline: [],
      caOwner: 'X',
    });
    const { structure } = parse(md);
    assert.deepEqual(
      structure.filter((s) => s.startsWith('H')),
      FULL.filter((s) => s.startsWith('H')),
    );
    for (const heading of [
      'Timeline',
      'Related Incidents',
      'Root Cause Analysis',
      'Action Items',
      'Appendix',
    ])
      assert.equal(section(md, heading).trim(), 'N/A', heading);
  });

  it('keeps the appendix verbatim in a fence longer than any backtick run in it', () => {
    const input = sampleInput();
    input.report.appendix = 'sha256,subject\nab_cd,CN=x ```';
    assert.equal(
      section(renderReport('full', input), 'Appendix').trim(),
      '````\nsha256,subject\nab_cd,CN=x ```\n````',
    );
  });
});
