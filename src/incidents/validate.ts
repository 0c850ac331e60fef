/**
 * What must hold before a report is rendered for the bug, each problem naming the field to fix.
 * The IRG's own musts: every "didn't go well" (and "additional") lesson maps to an action item;
 * action items carry evaluation criteria and a due date; the timeline is in UTC to at least the
 * minute; a revocation-delay report carries the Analysis; a Closure follows only when every action
 * item is done (Complete, or Canceled).
 */
import type { ReportInput, ReportKind } from './render.js';

export interface ReportProblem {
  readonly field: string;
  readonly problem: string;
}

const blank = (value: string) => value.trim() === '';

function summaryProblems(kind: ReportKind, { report }: ReportInput): ReportProblem[] {
  const s = report.summary;
  const problems: ReportProblem[] = [];
  if (blank(s.incidentDescription))
    problems.push({ field: 'summary.incidentDescription', problem: 'describe the incident' });
  if (s.sourceOfDisclosure === '')
    problems.push({
      field: 'summary.sourceOfDisclosure',
      problem: 'choose Self Reported, Third Party Reported or Audit',
    });
  if (kind === 'full' && s.caOwnerCcadbId === '')
    problems.push({
      field: 'summary.caOwnerCcadbId',
      problem: 'give the CA Owner CCADB unique ID (A000000)',
    });
  return problems;
}

function lessonProblems({ report, actionItems }: ReportInput): ReportProblem[] {
  const numbers = new Set(actionItems.map((a) => a.number));
  const problems: ReportProblem[] = [];
  for (const [list, label] of [
    ['didntGoWell', 'what didn’t go well'],
    ['additional', 'additional lessons'],
  ] as const) {
    report.lessons[list].forEach((lesson, i) => {
      const field = `lessons.${list}[${i}]`;
      if (lesson.actionItems.length === 0)
        problems.push({ field, problem: `each item of ${label} must map to at least one action item` });
      for (const n of lesson.actionItems)
        if (!numbers.has(n))
          problems.push({ field, problem: `names action item ${n}, which does not exist` });
    });
  }
  return problems;
}

function actionItemProblems({ report, actionItems }: ReportInput): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (actionItems.length === 0)
    problems.push({ field: 'actionItems', problem: 'a full report lists at least one action item' });
  for (const a of actionItems) {
    const field = `actionItems[${a.number}]`;
    if (a.due_at === null) problems.push({ field: `${field}.dueAt`, problem: 'give a due date' });
    if (blank(a.evaluation_criteria))
      problems.push({
        field: `${field}.evaluationCriteria`,
        problem: 'say how its effectiveness will be measured',
      });
    const causes = a.root_causes.split(/[\s,]+/).filter((n) => n !== '');
    if (causes.length === 0)
      problems.push({ field: `${field}.rootCauses`, problem: 'name the root cause(s) it remediates' });
    for (const n of causes)
      if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > report.rootCauses.length)
        problems.push({
          field: `${field}.rootCauses`,
          problem: `names root cause ${n}, which does not exist`,
        });
  }
  return problems;
}

/**
 * Times are epoch milliseconds, so every entry is UTC by construction; what can go wrong is an
 * entry without a usable time or text. Seconds are kept in the rendering when present.
 */
function timelineProblems({ timeline }: ReportInput): ReportProblem[] {
  const included = timeline.filter((e) => e.included === 1);
  const problems: ReportProblem[] = [];
  if (included.length === 0)
    problems.push({ field: 'timeline', problem: 'include at least the entries from awareness to the end' });
  for (const e of included) {
    if (!Number.isSafeInteger(e.at) || e.at <= 0)
      problems.push({ field: `timeline[${e.id}].at`, problem: 'has no valid UTC time' });
    if (blank(e.text)) problems.push({ field: `timeline[${e.id}].text`, problem: 'is empty' });
  }
  return problems;
}

function fullProblems(input: ReportInput): ReportProblem[] {
  const { report, incident } = input;
  const problems: ReportProblem[] = [];
  if (report.rootCauses.length === 0)
    problems.push({ field: 'rootCauses', problem: 'give at least one contributing factor' });
  if (incident.revocation_delay === 1 && blank(report.impact.analysis))
    problems.push({
      field: 'impact.analysis',
      problem: 'a revocation-delay report must explain the factors and rationale behind the delay',
    });
  return [...problems, ...timelineProblems(input), ...lessonProblems(input), ...actionItemProblems(input)];
}

function closureProblems({ report, actionItems }: ReportInput): ReportProblem[] {
  const problems: ReportProblem[] = [];
  for (const key of ['description', 'rootCauses', 'remediation'] as const)
    if (blank(report.closure[key])) problems.push({ field: `closure.${key}`, problem: 'is empty' });
  for (const a of actionItems)
    if (a.status !== 'Complete' && a.status !== 'Canceled')
      problems.push({
        field: `actionItems[${a.number}].status`,
        problem: `is ${a.status}: a closure needs every action item Complete or Canceled`,
      });
  return problems;
}

export function validateReport(kind: ReportKind, input: ReportInput): ReportProblem[] {
  switch (kind) {
    case 'preliminary':
      return summaryProblems(kind, input);
    case 'full':
      return [...summaryProblems(kind, input), ...fullProblems(input)];
    case 'closure':
      return closureProblems(input);
  }
}
