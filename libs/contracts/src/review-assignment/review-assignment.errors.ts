// Error codes the review-assignment routes answer with, beside the common ones.
export const ReviewAssignmentErrorCodes = {
  CONFLICTED: 'REVIEW_ASSIGNMENT.CONFLICTED',
  NOT_A_REVIEWER: 'REVIEW_ASSIGNMENT.NOT_A_REVIEWER',
  NOT_UNDER_REVIEW: 'REVIEW_ASSIGNMENT.NOT_UNDER_REVIEW',
  HAS_REVIEW: 'REVIEW_ASSIGNMENT.HAS_REVIEW',
  DUPLICATE: 'REVIEW_ASSIGNMENT.DUPLICATE',
  // The assignment changed (assignments, conflicts, bids, seats) since the chair's preview.
  PREVIEW_STALE: 'REVIEW_ASSIGNMENT.PREVIEW_STALE',
} as const;
