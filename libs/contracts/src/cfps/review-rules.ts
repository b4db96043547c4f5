import type { OthersReviews, ReviewPhase } from './cfp.schema.js';

// What a reviewer (not the chair) may do right now, from the CfP's review window and its phases.
export type ReviewerRules = {
  phase: string | null;
  mayWrite: boolean;
  seeAll: boolean;
  othersReviews: OthersReviews;
  speakerNamesHidden: boolean;
};

type RulesInput = { reviewOpensAt: string; reviewClosesAt: string; anonymousReview: boolean; phases: readonly ReviewPhase[] };

export function reviewerRules(cfp: RulesInput, now = new Date()): ReviewerRules {
  const time = now.getTime();
  const inWindow = time >= Date.parse(cfp.reviewOpensAt) && time <= Date.parse(cfp.reviewClosesAt);
  const phase = cfp.phases.find((candidate) => time >= Date.parse(candidate.startsAt) && time < Date.parse(candidate.endsAt));
  if (!phase) {
    // Without a phase in force: assigned submissions only, others' reviews after one's own.
    return { phase: null, mayWrite: inWindow, seeAll: false, othersReviews: 'after_own', speakerNamesHidden: cfp.anonymousReview };
  }
  return {
    phase: phase.name,
    // Reviews stay editable only until the review window closes, whatever a phase says.
    mayWrite: inWindow && phase.reviewersMayWrite,
    seeAll: phase.reviewersSee === 'all',
    othersReviews: phase.othersReviews,
    speakerNamesHidden: cfp.anonymousReview || !phase.showSpeakerNames,
  };
}
