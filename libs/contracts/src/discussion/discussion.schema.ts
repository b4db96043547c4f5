import { z } from 'zod';
import { IdSchema, VersionSchema } from '../common/fields.js';

export const CreateCommentSchema = z.object({ body: z.string().trim().min(1, 'must not be empty').max(10_000) }).strict();
export type CreateComment = z.infer<typeof CreateCommentSchema>;

// react-admin sends the record back whole; the read-only fields are accepted and ignored.
export const UpdateCommentSchema = z
  .object({
    body: z.string().trim().min(1, 'must not be empty').max(10_000),
    version: VersionSchema,
    id: z.unknown().optional(),
    submissionId: z.unknown().optional(),
    authorId: z.unknown().optional(),
    authorName: z.unknown().optional(),
    visibleToSpeakers: z.unknown().optional(),
    mine: z.unknown().optional(),
    createdAt: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
  })
  .strict();
export type UpdateComment = z.infer<typeof UpdateCommentSchema>;

export const CommentVisibilitySchema = z.object({ visibleToSpeakers: z.boolean(), version: VersionSchema }).strict();
export type CommentVisibility = z.infer<typeof CommentVisibilitySchema>;

// A speaker reads a comment the chair shared without learning which committee member wrote it.
export type DiscussionComment = {
  id: number;
  submissionId: number;
  authorId: number | null;
  authorName: string;
  body: string;
  visibleToSpeakers: boolean;
  mine: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type Mentionable = { id: number; name: string };

export const MeetingOrderModes = ['score', 'spread', 'hand'] as const;
export type MeetingOrderMode = (typeof MeetingOrderModes)[number];

export const MeetingOrderSchema = z
  .object({
    mode: z.enum(MeetingOrderModes),
    // Hand order only: every submission of the meeting, once each, in the order to discuss them.
    submissionIds: z.array(IdSchema).max(5000).optional(),
    version: VersionSchema.optional(),
  })
  .strict();
export type MeetingOrder = z.infer<typeof MeetingOrderSchema>;

export const MeetingMoveSchema = z
  .object({ to: z.union([z.enum(['next', 'previous']), z.number().int().nonnegative().max(4999)]), version: VersionSchema })
  .strict();
export type MeetingMove = z.infer<typeof MeetingMoveSchema>;

// One row of the meeting's agenda as a viewer may see it: a talk they are conflicted on is a
// numbered gap, without id or title.
export type MeetingItem = {
  position: number;
  conflicted: boolean;
  submissionId: number | null;
  title: string | null;
  meanScore: number | null;
  spread: number | null;
  pendingDecision: string | null;
};

export const ReminderSchema = z.object({ reviewerId: IdSchema }).strict();
export type Reminder = z.infer<typeof ReminderSchema>;

// How far a reviewer's mean may sit from the committee's before the chair sees them flagged, and
// the spread (max − min on the −2…+2 scale) that marks a talk the reviewers disagree on.
export const HARSH_LENIENT_THRESHOLD = 0.75;
export const DISAGREEMENT_SPREAD = 2;
export const REMINDER_INTERVAL_HOURS = 24;

export type ScoreSummary = { count: number; mean: number | null; stdev: number | null };

const round2 = (value: number) => Math.round(value * 100) / 100;

// Count, mean and (population) standard deviation of a list of scores, rounded for display.
export function summarizeScores(scores: readonly number[]): ScoreSummary {
  if (scores.length === 0) return { count: 0, mean: null, stdev: null };
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  const variance = scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length;
  return { count: scores.length, mean: round2(mean), stdev: round2(Math.sqrt(variance)) };
}

// A reviewer is flagged only with at least two reviews: one score says nothing about a habit.
export function reviewerLeaning(reviewer: ScoreSummary, committeeMean: number | null): 'harsh' | 'lenient' | null {
  if (reviewer.count < 2 || reviewer.mean === null || committeeMean === null) return null;
  const deviation = reviewer.mean - committeeMean;
  if (deviation <= -HARSH_LENIENT_THRESHOLD) return 'harsh';
  if (deviation >= HARSH_LENIENT_THRESHOLD) return 'lenient';
  return null;
}

export function disagreement(scores: readonly number[]): { spread: number | null; disagreement: boolean } {
  if (scores.length < 2) return { spread: scores.length ? 0 : null, disagreement: false };
  const spread = Math.max(...scores) - Math.min(...scores);
  return { spread, disagreement: spread >= DISAGREEMENT_SPREAD };
}

// The meeting's agenda order from each talk's scores: by mean score (best first) or by spread (most
// disputed first); ties by id so the order is stable.
export function meetingOrder(rows: ReadonlyArray<{ submissionId: number; scores: readonly number[] }>, mode: 'score' | 'spread'): number[] {
  const keyed = rows.map((row) => ({
    id: row.submissionId,
    mean: summarizeScores(row.scores).mean,
    spread: disagreement(row.scores).spread,
  }));
  const key = (row: (typeof keyed)[number]) => (mode === 'score' ? row.mean : row.spread);
  return keyed
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null && kb === null) return a.id - b.id;
      if (ka === null) return 1;
      if (kb === null) return -1;
      return kb - ka || a.id - b.id;
    })
    .map((row) => row.id);
}
