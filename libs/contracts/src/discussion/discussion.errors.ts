// Error codes of the committee's discussion, meeting and fairness routes, beside the common ones.
export const DiscussionErrorCodes = {
  REVIEW_FIRST: 'DISCUSSION.REVIEW_FIRST',
  NOT_IN_MEETING: 'MEETING.NOT_IN_ORDER',
  EMPTY_MEETING: 'MEETING.EMPTY',
  NOTHING_MISSING: 'FAIRNESS.NOTHING_MISSING',
  REMINDED_RECENTLY: 'FAIRNESS.REMINDED_RECENTLY',
} as const;
