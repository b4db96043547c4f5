import { describe, expect, it } from 'vitest';
import { disagreement, meetingOrder, reviewerLeaning, summarizeScores } from './discussion.schema.js';

describe('fairness statistics', () => {
  it('summarizes scores with a population standard deviation', () => {
    expect(summarizeScores([])).toEqual({ count: 0, mean: null, stdev: null });
    expect(summarizeScores([-2, -2, -1])).toEqual({ count: 3, mean: -1.67, stdev: 0.47 });
    expect(summarizeScores([1, 1])).toEqual({ count: 2, mean: 1, stdev: 0 });
  });

  it('flags a harsh or lenient reviewer only with two reviews or more', () => {
    expect(reviewerLeaning({ count: 3, mean: -1.67, stdev: 0.47 }, 0.2)).toBe('harsh');
    expect(reviewerLeaning({ count: 2, mean: 1.5, stdev: 0.5 }, 0.2)).toBe('lenient');
    expect(reviewerLeaning({ count: 2, mean: 0.5, stdev: 0.5 }, 0.2)).toBeNull();
    expect(reviewerLeaning({ count: 1, mean: -2, stdev: 0 }, 1)).toBeNull();
  });

  it('flags disagreement from a spread of two', () => {
    expect(disagreement([2, 0])).toEqual({ spread: 2, disagreement: true });
    expect(disagreement([1, 0])).toEqual({ spread: 1, disagreement: false });
    expect(disagreement([2])).toEqual({ spread: 0, disagreement: false });
  });

  it('orders the meeting by score or spread, unreviewed talks last, ties by id', () => {
    const rows = [
      { submissionId: 3, scores: [1, 1] },
      { submissionId: 1, scores: [2, -2] },
      { submissionId: 2, scores: [] },
      { submissionId: 4, scores: [2, 1] },
    ];
    expect(meetingOrder(rows, 'score')).toEqual([4, 3, 1, 2]);
    expect(meetingOrder(rows, 'spread')).toEqual([1, 4, 3, 2]);
  });
});
