import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  entities: {
    review: 'review',
    review_assignment: 'review assignment',
  },
  resources: {
    reviews: {
      name: 'Review |||| Reviews',
      fields: {
        submissionId: 'Talk',
        reviewerName: 'Reviewer',
        score: 'Score',
        confidence: 'Confidence',
        commentToSpeakers: 'Comment to speakers',
        commentToCommittee: 'Comment to the committee',
        updatedAt: 'Updated',
      },
    },
  },
} satisfies ResourceMessages;
