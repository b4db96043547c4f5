import { z } from 'zod';
import { IdSchema, VersionSchema } from '../common/fields.js';
import { ConfidenceScale, ScoreScale } from '../cfps/cfp.schema.js';
import { ReviewAnswersSchema, ReviewStatuses, type ReviewAnswers, type ReviewStatus } from './review-form.js';

// Score and confidence are any whole numbers here and checked against the scale by `scaleErrors`,
// so that an out-of-scale value is a rule violation (422) rather than a malformed request (400).
const ReviewFields = z.object({
  score: z.number().int('must be a whole number'),
  confidence: z.number().int('must be a whole number'),
  commentToSpeakers: z.string().max(10_000).nullish(),
  commentToCommittee: z.string().max(10_000).nullish(),
  // The review form's extra fields, checked against the CfP's form (422 for unknown or out of scale).
  answers: ReviewAnswersSchema.optional(),
  // Saved as a draft (the reviewer's alone) or submitted; absent means submitted, as before drafts.
  status: z.enum(ReviewStatuses).optional(),
});

export const CreateReviewSchema = ReviewFields.extend({ submissionId: IdSchema }).strict();
export type CreateReview = z.infer<typeof CreateReviewSchema>;

const ReviewReadOnly = {
  id: z.unknown().optional(),
  submissionId: z.unknown().optional(),
  reviewerId: z.unknown().optional(),
  reviewerName: z.unknown().optional(),
  round: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
};
export const UpdateReviewSchema = ReviewFields.extend({ version: VersionSchema, ...ReviewReadOnly }).strict();
export type UpdateReview = z.infer<typeof UpdateReviewSchema>;

export function scaleErrors(review: { score: number; confidence: number }): Record<string, string> | null {
  const errors: Record<string, string> = {};
  if (review.score < ScoreScale.min || review.score > ScoreScale.max) errors.score = `must be from ${ScoreScale.min} to +${ScoreScale.max}`;
  if (review.confidence < ConfidenceScale.min || review.confidence > ConfidenceScale.max)
    errors.confidence = `must be from ${ConfidenceScale.min} to ${ConfidenceScale.max}`;
  return Object.keys(errors).length ? errors : null;
}

// One step of a review's history (GET /api/reviews/:id/history). `text` says it in English (for
// API clients and logs); `changes` lets a client say it in its reader's language: the fields an
// update changed, with the numbers before and after for score and confidence.
export type ReviewHistoryField = 'score' | 'confidence' | 'commentToSpeakers' | 'commentToCommittee' | 'answers';
export type ReviewHistoryChange = { field: ReviewHistoryField; from?: number; to?: number };
export type ReviewHistoryEntry = {
  id: number;
  at: string;
  actorName: string | null;
  // 'create', 'update', or the workflow step taken ('submit').
  action: string;
  text: string;
  changes: ReviewHistoryChange[];
};

export type Review = {
  id: number;
  submissionId: number;
  reviewerId: number;
  reviewerName: string;
  score: number;
  confidence: number;
  commentToSpeakers: string | null;
  commentToCommittee: string | null;
  status: ReviewStatus;
  round: number;
  answers: ReviewAnswers;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export const CreateReviewAssignmentSchema = z.object({ submissionId: IdSchema, reviewerId: IdSchema }).strict();
export type CreateReviewAssignment = z.infer<typeof CreateReviewAssignmentSchema>;

export type ReviewAssignment = {
  id: number;
  cfpId: number;
  submissionId: number;
  reviewerId: number;
  reviewerName: string;
  source: 'automatic' | 'manual';
  reviewed: boolean;
  createdAt: string;
};

// One row of the chair's ranked table.
export type RankedSubmission = {
  submissionId: number;
  title: string;
  track: string | null;
  format: string;
  status: string;
  pendingDecision: string | null;
  version: number;
  reviews: number;
  missingReviews: number;
  meanScore: number | null;
  spread: number | null;
  weightedScore: number | null;
  meanConfidence: number | null;
  // The submission's current review round, and the aggregates of each round that has reviews.
  round: number;
  rounds: Array<{ round: number; reviews: number; meanScore: number | null; spread: number | null }>;
};
