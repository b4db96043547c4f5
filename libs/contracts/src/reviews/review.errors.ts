// Error codes the review routes answer with, beside the common ones.
export const ReviewErrorCodes = {
  OUT_OF_SCALE: 'REVIEW.OUT_OF_SCALE',
  WINDOW_CLOSED: 'REVIEW.WINDOW_CLOSED',
  ALREADY_REVIEWED: 'REVIEW.ALREADY_REVIEWED',
} as const;
