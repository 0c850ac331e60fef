import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateReport } from '../../src/incidents/validate.js';
import { actionItem, entry, incident, sampleInput } from './sample.js';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('validateReport', () => {
  it('finds nothing in a complete sample', () => {
    assert.deepEqual(validateReport('full', sampleInput()), []);
    assert.deepEqual(validateReport('preliminary', sampleInput()), []);
  });

  it('names each "didn’t go well" item without an existing action item', () => {
    const input = sampleInput();
    input.report.lessons.didntGoWell.push(
      { text: 'no item', actionItems: [] },
      { text: 'ghost', actionItems: [1, 7] },
    );
    const problems = validateReport('full', input);
    assert.deepEqual(fields(problems), ['lessons.didntGoWell[1]', 'lessons.didntGoWell[2]']);
    assert.match(problems[1]?.problem ?? '', /action item 7/);
  });

  it('wants a due date, evaluation criteria and existing root causes on every action item', () => {
    const input = {
      ...sampleInput(),
      actionItems: [actionItem({ due_at: null, evaluation_criteria: ' ', root_causes: '1, 4' })],
    };
    assert.deepEqual(fields(validateReport('full', input)), [
      'actionItems[1].dueAt',
      'actionItems[1].evaluationCriteria',
      'actionItems[1].rootCauses',
    ]);
  });

  it('wants the impact analysis of a revocation-delay incident', () => {
    const input = { ...sampleInput(), incident: { ...incident, revocation_delay: 1 } };
    assert.deepEqual(fields(validateReport('full', input)), ['impact.analysis']);
    input.report.impact.analysis = 'Hospitals relied on the certificates.';
    assert.deepEqual(validateReport('full', input), []);
  });

  it('checks the included timeline entries only', () => {
    const input = sampleInput();
    input.timeline.push(
      entry(9, Number.NaN, 'no time'),
      entry(10, 5, ' '),
      entry(11, Number.NaN, '', { included: 0 }),
    );
    assert.deepEqual(fields(validateReport('full', input)), ['timeline[9].at', 'timeline[10].text']);
    assert.deepEqual(fields(validateReport('full', { ...input, timeline: [] })), ['timeline']);
  });

  it('allows a closure only when every action item is Complete or Canceled', () => {
    const input = sampleInput();
    assert.deepEqual(fields(validateReport('closure', input)), ['actionItems[1].status']);
    input.actionItems = [actionItem({ status: 'Complete' }), actionItem({ number: 2, status: 'Canceled' })];
    assert.deepEqual(validateReport('closure', input), []);
    input.report.closure.remediation = '';
    assert.deepEqual(fields(validateReport('closure', input)), ['closure.remediation']);
  });

  it('needs the summary fields of each template', () => {
    const input = sampleInput();
    input.report.summary.sourceOfDisclosure = '';
    input.report.summary.caOwnerCcadbId = '';
    assert.deepEqual(fields(validateReport('preliminary', input)), ['summary.sourceOfDisclosure']);
    assert.deepEqual(fields(validateReport('full', input)), [
      'summary.sourceOfDisclosure',
      'summary.caOwnerCcadbId',
    ]);
  });
});
