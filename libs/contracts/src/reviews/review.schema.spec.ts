import { describe, expect, it } from 'vitest';
import { CreateReviewSchema, scaleErrors } from './review.schema.js';

describe('scaleErrors', () => {
  it('accepts every point of the −2…+2 scale with confidence 1–3', () => {
    for (const score of [-2, -1, 0, 1, 2]) for (const confidence of [1, 2, 3]) expect(scaleErrors({ score, confidence })).toBeNull();
  });

  it('names the field that is off the scale', () => {
    expect(scaleErrors({ score: 3, confidence: 2 })).toEqual({ score: 'must be from -2 to +2' });
    expect(scaleErrors({ score: -3, confidence: 0 })).toEqual({ score: 'must be from -2 to +2', confidence: 'must be from 1 to 3' });
  });

  it('leaves scale checks to scaleErrors but refuses fractions and unknown fields as malformed', () => {
    expect(CreateReviewSchema.safeParse({ submissionId: 1, score: 5, confidence: 2 }).success).toBe(true);
    expect(CreateReviewSchema.safeParse({ submissionId: 1, score: 1.5, confidence: 2 }).success).toBe(false);
    expect(CreateReviewSchema.safeParse({ submissionId: 1, score: 1, confidence: 2, reviewerId: 4 }).success).toBe(false);
  });
});
