/**
 * The shapes bugzilla.mozilla.org's REST API sends (docs/en/rst/api/core/v1 of the BMO source:
 * bug.rst, comment.rst), checked at the edge. Only the fields Vigil reads are required; the rest
 * pass through, so a field BMO adds later breaks nothing. Times are ISO-8601 UTC strings on the
 * wire and epoch milliseconds once parsed.
 */
import { z } from 'zod';

const time = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO-8601 time')
  .transform((s) => Date.parse(s));

export const restFlag = z.object({
  id: z.number().int(),
  name: z.string(),
  status: z.string(),
  setter: z.string(),
  requestee: z.string().optional(),
  creation_date: time,
  modification_date: time,
});

export const restBug = z.object({
  id: z.number().int().positive(),
  product: z.string(),
  component: z.string(),
  summary: z.string(),
  status: z.string(),
  resolution: z.string(),
  whiteboard: z.string(),
  creator: z.string(),
  assigned_to: z.string(),
  creation_time: time,
  last_change_time: time,
  is_open: z.boolean(),
  flags: z.array(restFlag).default([]),
  comment_count: z.number().int().nonnegative().optional(),
});

export const restComment = z.object({
  id: z.number().int().positive(),
  bug_id: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  creator: z.string(),
  creation_time: time,
  text: z.string(),
  is_private: z.boolean(),
});

export const restChange = z.object({
  field_name: z.string(),
  removed: z.string(),
  added: z.string(),
});

export const restHistoryEntry = z.object({
  when: time,
  who: z.string(),
  changes: z.array(restChange),
});

/** `GET /rest/bug?…`: a page of bugs. */
export const searchResponse = z.object({ bugs: z.array(restBug) });

/** `GET /rest/bug/{id}/comment`: comments keyed by bug id (as a string). */
export const commentsResponse = z.object({
  bugs: z.record(z.string(), z.object({ comments: z.array(restComment) })),
});

/** `GET /rest/bug/{id}/history`. */
export const historyResponse = z.object({
  bugs: z.array(z.object({ id: z.number().int(), history: z.array(restHistoryEntry) })),
});

/** `POST /rest/bug/{id}/comment`: the new comment's id. */
export const postCommentResponse = z.object({ id: z.number().int().positive() });

/** What BMO sends with a 4xx or 5xx (general.rst, "Errors"). */
export const errorResponse = z.object({ error: z.literal(true), message: z.string(), code: z.number() });

export type RestFlag = z.infer<typeof restFlag>;
export type RestBug = z.infer<typeof restBug>;
export type RestComment = z.infer<typeof restComment>;
export type RestHistoryEntry = z.infer<typeof restHistoryEntry>;
