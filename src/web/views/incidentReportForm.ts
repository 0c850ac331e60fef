/**
 * The IRG 3.2 report as one form, section by section, and the posted fields back into the report's
 * shape. Lists (related incidents, contributing factors, lessons that map to action items) show
 * their rows and one empty row to add another; a row left empty is dropped. Works without script.
 */
import { DISCLOSURE_SOURCES, type IncidentReport } from '../../incidents/model.js';
import { type Html, html } from '../html.js';
import { csrfField } from '../staff.js';

type Fields = Record<string, unknown>;

const str = (fields: Fields, name: string): string => {
  const v = fields[name];
  return typeof v === 'string' ? v : '';
};

const numbersIn = (text: string): number[] =>
  text
    .split(/[\s,]+/)
    .filter((n) => n !== '')
    .map(Number);

const countOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** Rows `prefix.0.*`, `prefix.1.*`, … until the first index with no field at all. */
function rows(fields: Fields, prefix: string, names: readonly string[]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 0; names.some((n) => `${prefix}.${i}.${n}` in fields); i++) {
    const row = Object.fromEntries(names.map((n) => [n, str(fields, `${prefix}.${i}.${n}`).trim()]));
    if (Object.values(row).some((v) => v !== '')) out.push(row);
  }
  return out;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The posted form as a report candidate; incidentReportSchema decides whether it is one. */
export function reportFromForm(fields: Fields): unknown {
  const f = (name: string) => str(fields, name);
  return {
    summary: {
      caOwnerCcadbId: f('summary.caOwnerCcadbId').trim(),
      incidentDescription: f('summary.incidentDescription'),
      nonComplianceStart: f('summary.nonComplianceStart'),
      nonComplianceIdentified: f('summary.nonComplianceIdentified'),
      nonComplianceEnd: f('summary.nonComplianceEnd'),
      relevantPolicies: f('summary.relevantPolicies'),
      sourceOfDisclosure: f('summary.sourceOfDisclosure'),
    },
    impact: {
      totalCertificates: countOf(f('impact.totalCertificates')),
      remainingValidCertificates: countOf(f('impact.remainingValidCertificates')),
      certificateTypes: f('impact.certificateTypes'),
      heuristic: f('impact.heuristic'),
      issuanceStopped: f('impact.issuanceStopped'),
      analysis: f('impact.analysis'),
      additionalConsiderations: f('impact.additionalConsiderations'),
    },
    relatedIncidents: rows(fields, 'related', ['bugId', 'openedOn', 'description']).map((r) => ({
      bugId: Number(r.bugId),
      openedOn: r.openedOn,
      description: r.description,
    })),
    rootCauses: rows(fields, 'rc', [
      'title',
      'description',
      'timeline',
      'detection',
      'interaction',
      'methodology',
    ]),
    lessons: {
      wentWell: lines(f('lessons.wentWell')),
      didntGoWell: rows(fields, 'dgw', ['text', 'items']).map((r) => ({
        text: r.text,
        actionItems: numbersIn(r.items ?? ''),
      })),
      gotLucky: lines(f('lessons.gotLucky')),
      additional: rows(fields, 'add', ['text', 'items']).map((r) => ({
        text: r.text,
        actionItems: numbersIn(r.items ?? ''),
      })),
    },
    appendix: f('appendix'),
    closure: {
      description: f('closure.description'),
      rootCauses: f('closure.rootCauses'),
      remediation: f('closure.remediation'),
      commitments: f('closure.commitments'),
    },
  };
}

function input(name: string, label: string, value: string | number | null, hint = ''): Html {
  return html`<label for="${name}">${label}${hint ? html` <span class="hint">${hint}</span>` : ''}</label>
    <input type="text" id="${name}" name="${name}" value="${value ?? ''}" />`;
}

function area(name: string, label: string, value: string, hint = ''): Html {
  return html`<label for="${name}">${label}${hint ? html` <span class="hint">${hint}</span>` : ''}</label>
    <textarea id="${name}" name="${name}" rows="4">${value}</textarea>`;
}

/** Existing rows and one empty row to add another. */
function repeated<T>(list: readonly T[], empty: T, row: (item: T, i: number) => Html): Html[] {
  return [...list, empty].map(row);
}

export function reportForm(incidentId: number, report: IncidentReport, csrf: string): Html {
  const s = report.summary;
  const i = report.impact;
  const l = report.lessons;
  return html`<form method="post" action="/incidents/${incidentId}/report" id="report-form">
    ${csrfField(csrf)}
    <h3>Summary</h3>
    ${input('summary.caOwnerCcadbId', 'CA Owner CCADB unique ID', s.caOwnerCcadbId, '"A" and six digits')}
    ${area('summary.incidentDescription', 'Incident description', s.incidentDescription)}
    ${input('summary.nonComplianceStart', 'Non-compliance start date', s.nonComplianceStart, 'YYYY-MM-DD (HH:MM UTC)')}
    ${input('summary.nonComplianceIdentified', 'Non-compliance identified date', s.nonComplianceIdentified)}
    ${input('summary.nonComplianceEnd', 'Non-compliance end date', s.nonComplianceEnd)}
    ${area('summary.relevantPolicies', 'Relevant policies', s.relevantPolicies, 'policy, version, section')}
    <label for="summary.sourceOfDisclosure">Source of incident disclosure</label>
    <select id="summary.sourceOfDisclosure" name="summary.sourceOfDisclosure">
      <option value="">(not chosen)</option>
      ${DISCLOSURE_SOURCES.map((o) => html`<option${o === s.sourceOfDisclosure ? html` selected` : ''}>${o}</option>`)}
    </select>
    <h3>Impact</h3>
    ${input('impact.totalCertificates', 'Total number of certificates', i.totalCertificates)}
    ${input('impact.remainingValidCertificates', 'Total number of "remaining valid" certificates', i.remainingValidCertificates)}
    ${area('impact.certificateTypes', 'Affected certificate types', i.certificateTypes)}
    ${area('impact.heuristic', 'Incident heuristic', i.heuristic)}
    ${area('impact.issuanceStopped', 'Was issuance stopped in response to this incident, and why or why not?', i.issuanceStopped)}
    ${area('impact.analysis', 'Analysis', i.analysis, 'required for a revocation delay')}
    ${area('impact.additionalConsiderations', 'Additional considerations', i.additionalConsiderations)}
    <h3>Related Incidents</h3>
    ${repeated(
      report.relatedIncidents.map((r) => ({
        bugId: String(r.bugId),
        openedOn: r.openedOn,
        description: r.description,
      })),
      { bugId: '', openedOn: '', description: '' },
      (r, n) => html`<fieldset>
        <legend>Related incident ${n + 1}</legend>
        ${input(`related.${n}.bugId`, 'Bug', r.bugId)} ${input(`related.${n}.openedOn`, 'Opened', r.openedOn, 'YYYY-MM-DD')}
        ${input(`related.${n}.description`, 'Description', r.description)}
      </fieldset>`,
    )}
    <h3>Root Cause Analysis</h3>
    ${repeated(
      report.rootCauses,
      { title: '', description: '', timeline: '', detection: '', interaction: '', methodology: '' },
      (f, n) => html`<fieldset>
        <legend>Contributing Factor #${n + 1}</legend>
        ${input(`rc.${n}.title`, 'Title', f.title)} ${area(`rc.${n}.description`, 'Description', f.description)}
        ${area(`rc.${n}.timeline`, 'Timeline', f.timeline)} ${area(`rc.${n}.detection`, 'Detection', f.detection)}
        ${area(`rc.${n}.interaction`, 'Interaction with other factors', f.interaction)}
        ${input(`rc.${n}.methodology`, 'Root Cause Analysis methodology used', f.methodology)}
      </fieldset>`,
    )}
    <h3>Lessons Learned</h3>
    ${area('lessons.wentWell', 'What went well', l.wentWell.join('\n'), 'one per line')}
    ${repeated(
      l.didntGoWell.map((d) => ({ text: d.text, items: d.actionItems.join(', ') })),
      { text: '', items: '' },
      (d, n) => html`<fieldset>
        <legend>What didn’t go well ${n + 1}</legend>
        ${input(`dgw.${n}.text`, 'Item', d.text)} ${input(`dgw.${n}.items`, 'Action items', d.items, 'numbers, e.g. 1, 2')}
      </fieldset>`,
    )}
    ${area('lessons.gotLucky', 'Where we got lucky', l.gotLucky.join('\n'), 'one per line')}
    ${repeated(
      l.additional.map((d) => ({ text: d.text, items: d.actionItems.join(', ') })),
      { text: '', items: '' },
      (d, n) => html`<fieldset>
        <legend>Additional lesson ${n + 1}</legend>
        ${input(`add.${n}.text`, 'Item', d.text)} ${input(`add.${n}.items`, 'Action items', d.items, 'numbers, e.g. 1, 2')}
      </fieldset>`,
    )}
    <h3>Appendix</h3>
    ${area('appendix', 'Appendix', report.appendix, 'shown verbatim: CSV of affected certificates or crt.sh links')}
    <h3>Report Closure Summary</h3>
    ${area('closure.description', 'Incident description', report.closure.description)}
    ${area('closure.rootCauses', 'Incident Root Cause(s)', report.closure.rootCauses)}
    ${area('closure.remediation', 'Remediation description', report.closure.remediation)}
    ${area('closure.commitments', 'Commitment summary', report.closure.commitments)}
    <button type="submit">Save the report</button>
  </form>`;
}
