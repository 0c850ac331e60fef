/** The tables of Bugzilla sync, the incident register and reviewed drafts (migration 008). */
import type { Generated, Selectable } from 'kysely';

type Id = Generated<number>;

/** One bug of the watched components, as last synced, with the facts derived from it. */
export interface BugsTable {
  /** Bugzilla's own id. */
  id: number;
  product: string;
  component: string;
  summary: string;
  status: string;
  resolution: string;
  whiteboard: string;
  creator: string;
  assigned_to: string;
  creation_time: number;
  last_change_time: number;
  is_open: number;
  /** The bug's flags as Bugzilla sent them, JSON. */
  flags: string;
  comment_count: number;
  synced_at: number;
  /** The CA owner named before the colon of the summary ("Entrust: …"), null when none is. */
  ca_owner: string | null;
  /** 1 when ca_owner is the configured CA owner. */
  ours: number;
  /** The whiteboard's bracketed tags, lower case, JSON array. */
  tags: string;
  revocation_delay: number;
  /** The whiteboard's "Next update" date, YYYY-MM-DD. */
  next_update_date: string | null;
  last_ca_comment_at: number | null;
  last_other_comment_at: number | null;
  /** The first comment by someone else after the CA's last comment: a question awaiting the CA. */
  open_question_at: number | null;
  /** The oldest needinfo flag on the CA's staff still open, and whom it names (comma-separated). */
  needinfo_ca_since: number | null;
  needinfo_ca: string | null;
}

export interface BugCommentsTable {
  /** Bugzilla's comment id. */
  id: number;
  bug_id: number;
  /** The comment's number within its bug; 0 is the description. */
  count: number;
  creator: string;
  creation_time: number;
  text: string;
  is_private: number;
}

export interface BugHistoryTable {
  id: Id;
  bug_id: number;
  at: number;
  who: string;
  field_name: string;
  removed: string;
  added: string;
}

export type IncidentStatus = 'open' | 'closed';

export interface IncidentsTable {
  id: Id;
  title: string;
  /** The Bugzilla bug the incident is reported in, once there is one. */
  bug_id: number | null;
  status: IncidentStatus;
  owner_id: number | null;
  co_owner_id: number | null;
  /** When the CA became aware: the IRG's 72-hour clock starts here. */
  aware_at: number;
  revocation_delay: number;
  /** The IRG 3.2 report as JSON (incidents/model.ts). */
  report: string;
  preliminary_posted_at: number | null;
  full_posted_at: number | null;
  closure_posted_at: number | null;
  created_by: number;
  created_at: number;
  updated_at: number;
  closed_at: number | null;
}

export interface IncidentCasesTable {
  incident_id: number;
  case_id: number;
}

export type ActionItemKind = 'Prevent' | 'Mitigate' | 'Detect';
export type ActionItemStatus = 'Ongoing' | 'Complete' | 'Delayed' | 'Canceled';

export interface ActionItemsTable {
  id: Id;
  incident_id: number;
  /** Numbered within the incident, as the report's table shows them. */
  number: number;
  description: string;
  kind: ActionItemKind;
  /** The numbers of the root causes it answers, e.g. "1, 3". */
  root_causes: string;
  evaluation_criteria: string;
  due_at: number | null;
  status: ActionItemStatus;
  created_at: number;
  /** The last change of due date or status: the IRG wants an update within 3 days of it. */
  changed_at: number;
  completed_at: number | null;
}

export type TimelineSource =
  'manual' | 'audit' | 'case' | 'bug_comment' | 'bug_history' | 'action_item' | 'post';

export interface IncidentTimelineTable {
  id: Id;
  incident_id: number;
  at: number;
  text: string;
  source: TimelineSource;
  /** Unique per incident for imported entries, so an import adds only what is new; null when typed. */
  source_key: string | null;
  /** 0 when the author left the entry out of the report. */
  included: number;
  /** The contributing factor a delay is attributed to. */
  root_cause: number | null;
  edited_by: number | null;
  edited_at: number | null;
}

export type DraftKind = 'comment' | 'preliminary' | 'full' | 'closure';
export type DraftState = 'draft' | 'approved' | 'posted' | 'failed';

/** A comment or report for a bug: posted only once approved by someone other than its author. */
export interface BugDraftsTable {
  id: Id;
  bug_id: number;
  incident_id: number | null;
  kind: DraftKind;
  body: string;
  state: DraftState;
  author_id: number;
  created_at: number;
  updated_at: number;
  approved_by: number | null;
  approved_at: number | null;
  claimed_by: string | null;
  claim_expires_at: number | null;
  attempts: number;
  next_attempt_at: number | null;
  posted_at: number | null;
  /** Bugzilla's id of the posted comment. */
  comment_id: number | null;
  last_error: string | null;
}

export interface IncidentDatabase {
  bugs: BugsTable;
  bug_comments: BugCommentsTable;
  bug_history: BugHistoryTable;
  incidents: IncidentsTable;
  incident_cases: IncidentCasesTable;
  action_items: ActionItemsTable;
  incident_timeline: IncidentTimelineTable;
  bug_drafts: BugDraftsTable;
}

export type Bug = Selectable<BugsTable>;
export type BugComment = Selectable<BugCommentsTable>;
export type Incident = Selectable<IncidentsTable>;
export type ActionItem = Selectable<ActionItemsTable>;
export type TimelineEntry = Selectable<IncidentTimelineTable>;
export type BugDraft = Selectable<BugDraftsTable>;
