import { describe, expect, it } from 'vitest';
import { reviewerRules } from './review-rules.js';

const cfp = {
  reviewOpensAt: '2027-02-01T00:00:00Z',
  reviewClosesAt: '2027-03-01T00:00:00Z',
  anonymousReview: false,
  phases: [
    {
      name: 'review',
      startsAt: '2027-02-01T00:00:00Z',
      endsAt: '2027-02-20T00:00:00Z',
      reviewersMayWrite: true,
      reviewersSee: 'assigned' as const,
      othersReviews: 'after_own' as const,
      showSpeakerNames: false,
    },
    {
      name: 'discussion',
      startsAt: '2027-02-20T00:00:00Z',
      endsAt: '2027-03-10T00:00:00Z',
      reviewersMayWrite: false,
      reviewersSee: 'all' as const,
      othersReviews: 'always' as const,
      showSpeakerNames: true,
    },
  ],
};

describe('reviewerRules', () => {
  it('follows the phase in force', () => {
    expect(reviewerRules(cfp, new Date('2027-02-05T00:00:00Z'))).toEqual({
      phase: 'review',
      mayWrite: true,
      seeAll: false,
      othersReviews: 'after_own',
      speakerNamesHidden: true,
    });
    expect(reviewerRules(cfp, new Date('2027-02-25T00:00:00Z'))).toEqual({
      phase: 'discussion',
      mayWrite: false,
      seeAll: true,
      othersReviews: 'always',
      speakerNamesHidden: false,
    });
  });

  it('never lets a phase reveal speakers of an anonymous CfP', () => {
    expect(reviewerRules({ ...cfp, anonymousReview: true }, new Date('2027-02-25T00:00:00Z')).speakerNamesHidden).toBe(true);
  });

  it('closes writing with the review window even if a phase would allow it', () => {
    const open = { ...cfp.phases[0], endsAt: '2027-04-01T00:00:00Z' };
    expect(reviewerRules({ ...cfp, phases: [open] }, new Date('2027-03-05T00:00:00Z')).mayWrite).toBe(false);
  });

  it('without phases: writes in the window, assigned only, others after own review', () => {
    const plain = { ...cfp, phases: [] };
    expect(reviewerRules(plain, new Date('2027-02-05T00:00:00Z'))).toEqual({
      phase: null,
      mayWrite: true,
      seeAll: false,
      othersReviews: 'after_own',
      speakerNamesHidden: false,
    });
    expect(reviewerRules(plain, new Date('2027-01-05T00:00:00Z')).mayWrite).toBe(false);
  });
});
