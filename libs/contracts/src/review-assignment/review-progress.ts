// The CfP progress card on the organizer's and chair's dashboard: per call still in review, each
// reviewer's assigned reviews done and missing, and the deadline in the zone it was announced in.
export type ReviewerProgress = { reviewerId: number; name: string; done: number; missing: number };

export type CfpReviewProgress = {
  // The call's id, so that a list of these reads like any list of records.
  id: number;
  title: string;
  eventName: string;
  reviewClosesAt: string;
  timeZone: string;
  reviewers: ReviewerProgress[];
};
