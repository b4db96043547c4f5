import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  entities: {
    review: 'Gutachten',
    review_assignment: 'Gutachterzuweisung',
  },
  resources: {
    reviews: {
      name: 'Gutachten |||| Gutachten',
      fields: {
        submissionId: 'Vortrag',
        reviewerName: 'Gutachter',
        score: 'Bewertung',
        confidence: 'Sicherheit',
        commentToSpeakers: 'Kommentar an die Referenten',
        commentToCommittee: 'Kommentar an das Komitee',
        updatedAt: 'Geändert',
      },
    },
  },
};
