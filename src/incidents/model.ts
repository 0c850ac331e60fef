/**
 * The CCADB Incident Reporting Guidelines 3.2 report of one incident: the fields of the Preliminary
 * and Full Incident Report templates and of the Report Closure Summary. Action items and the
 * timeline are rows of their own (action_items, incident_timeline); everything else is this JSON,
 * stored in incidents.report and parsed through incidentReportSchema on the way in and out.
 */
import { z } from 'zod';

const MAX_TEXT = 20_000;
const text = z.string().max(MAX_TEXT).default('');

/** "Source of incident disclosure" is a choice of three in the IRG; '' while not chosen. */
export const DISCLOSURE_SOURCES = ['Self Reported', 'Third Party Reported', 'Audit'] as const;

/** Action item numbers a lesson maps to, as the report's Action Items table numbers them. */
const itemNumbers = z.array(z.number().int().positive()).max(100).default([]);

/** A lesson that must lead to at least one action item (IRG: "didn't go well" and "additional"). */
const mappedLesson = z.object({ text: z.string().min(1).max(MAX_TEXT), actionItems: itemNumbers });

const count = z.number().int().nonnegative().nullable().default(null);

export const incidentReportSchema = z.object({
  summary: z
    .object({
      /** "A" and six digits: the CA Owner's record in the CCADB. */
      caOwnerCcadbId: z
        .string()
        .regex(/^(A\d{6})?$/, 'a CCADB unique ID is "A" followed by six digits')
        .default(''),
      incidentDescription: text,
      nonComplianceStart: text,
      nonComplianceIdentified: text,
      nonComplianceEnd: text,
      relevantPolicies: text,
      sourceOfDisclosure: z.enum(['', ...DISCLOSURE_SOURCES]).default(''),
    })
    .prefault({}),
  impact: z
    .object({
      totalCertificates: count,
      remainingValidCertificates: count,
      certificateTypes: text,
      heuristic: text,
      issuanceStopped: text,
      /** Required when the bug is a revocation delay: why revocation was delayed. */
      analysis: text,
      additionalConsiderations: text,
    })
    .prefault({}),
  relatedIncidents: z
    .array(
      z.object({
        bugId: z.number().int().positive(),
        /** The day the related bug was opened, YYYY-MM-DD. */
        openedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD'),
        description: z.string().max(MAX_TEXT),
      }),
    )
    .max(200)
    .default([]),
  /** Contributing factors, numbered in order from 1: action items and delays name them by number. */
  rootCauses: z
    .array(
      z.object({
        title: z.string().min(1).max(500),
        description: text,
        timeline: text,
        detection: text,
        interaction: text,
        methodology: text,
      }),
    )
    .max(50)
    .default([]),
  lessons: z
    .object({
      wentWell: z.array(z.string().min(1).max(MAX_TEXT)).max(100).default([]),
      didntGoWell: z.array(mappedLesson).max(100).default([]),
      gotLucky: z.array(z.string().min(1).max(MAX_TEXT)).max(100).default([]),
      additional: z.array(mappedLesson).max(100).default([]),
    })
    .prefault({}),
  appendix: text,
  closure: z
    .object({
      description: text,
      rootCauses: text,
      remediation: text,
      commitments: text,
    })
    .prefault({}),
});

export type IncidentReport = z.infer<typeof incidentReportSchema>;
export type MappedLesson = IncidentReport['lessons']['didntGoWell'][number];

export const emptyReport = (): IncidentReport => incidentReportSchema.parse({});

/** The stored JSON as a report; a column written by an older version gets today's defaults. */
export function parseStoredReport(json: string): IncidentReport {
  return incidentReportSchema.parse(JSON.parse(json));
}
