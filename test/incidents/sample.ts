/** A sample incident for the report tests: rows as the register stores them, and a filled-in report. */
import { emptyReport, type IncidentReport } from '../../src/incidents/model.js';
import type { ReportInput } from '../../src/incidents/render.js';
import type { ActionItem, Incident, TimelineEntry } from '../../src/store/incidentSchema.js';

export const AWARE = Date.parse('2024-03-15T15:07:37Z');
const DAY = 86_400_000;

export const incident: Incident = {
  id: 3,
  title: 'CPR was not responded to in 24 hours',
  bug_id: 1885754,
  status: 'open',
  owner_id: null,
  co_owner_id: null,
  aware_at: AWARE,
  revocation_delay: 0,
  report: '{}',
  preliminary_posted_at: null,
  full_posted_at: null,
  closure_posted_at: null,
  created_by: 1,
  created_at: AWARE,
  updated_at: AWARE,
  closed_at: null,
};

export function sampleReport(): IncidentReport {
  const r = emptyReport();
  r.summary = {
    caOwnerCcadbId: 'A000123',
    incidentDescription: 'A CPR sent to our abuse address was not answered within 24 hours.',
    nonComplianceStart: '2024-03-16 15:07 UTC',
    nonComplianceIdentified: '2024-03-16 22:14 UTC',
    nonComplianceEnd: '2024-03-18 13:58 UTC',
    relevantPolicies: 'TLS BR 2.0.2, section 4.9.5',
    sourceOfDisclosure: 'Third Party Reported',
  };
  r.impact.totalCertificates = 1;
  r.impact.remainingValidCertificates = 0;
  r.impact.certificateTypes = 'EV';
  r.impact.issuanceStopped = 'No: issuance was not the cause.';
  r.relatedIncidents = [
    { bugId: 1883843, openedOn: '2024-03-06', description: 'Same certificate | missing CPS URI' },
  ];
  r.rootCauses = [
    {
      title: 'Problem reports arrive in the general support queue',
      description: 'Mail to the abuse address became an ordinary support case.',
      timeline: 'Since the 2019 migration.',
      detection: 'A reporter opened a bug.',
      interaction: 'Made factor 2 matter.',
      methodology: '5-Whys',
    },
  ];
  r.lessons.wentWell = ['The reporter followed up *twice*'];
  r.lessons.didntGoWell = [{ text: 'The CPR was read as a support request', actionItems: [1] }];
  r.closure = { description: 'd', rootCauses: 'rc', remediation: 'rem', commitments: '' };
  return r;
}

export function actionItem(values: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 1,
    incident_id: 3,
    number: 1,
    description: 'Flag CPRs automatically',
    kind: 'Prevent',
    root_causes: '1',
    evaluation_criteria: 'Every CPR gets a case within 1 minute',
    due_at: Date.parse('2024-08-31T00:00:00Z'),
    status: 'Ongoing',
    created_at: AWARE,
    changed_at: AWARE,
    completed_at: null,
    ...values,
  };
}

export function entry(
  id: number,
  at: number,
  text: string,
  values: Partial<TimelineEntry> = {},
): TimelineEntry {
  return {
    id,
    incident_id: 3,
    at,
    text,
    source: 'manual',
    source_key: null,
    included: 1,
    root_cause: null,
    edited_by: null,
    edited_at: null,
    ...values,
  };
}

/** ReportInput with lists a test may change. */
export interface SampleInput extends ReportInput {
  report: IncidentReport;
  actionItems: ActionItem[];
  timeline: TimelineEntry[];
}

export function sampleInput(): SampleInput {
  return {
    incident,
    report: sampleReport(),
    actionItems: [actionItem()],
    timeline: [
      entry(2, AWARE + DAY + 7 * 3_600_000, 'Reporter opened the bug'),
      entry(1, AWARE, 'CPR received'),
      entry(3, AWARE + 2 * DAY, 'Left out', { included: 0 }),
    ],
    caOwner: 'Entrust',
  };
}
