import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    cfp_program: {
      queue: {
        title: 'Review queue',
        progress: '%{done} of %{assigned} reviewed, %{left} left',
        deadline: 'Reviews due %{date}',
        empty: 'Nothing assigned to you yet. The chair assigns submissions when the review opens.',
        open: 'Open my review queue',
        previous: 'Previous',
        next: 'Next',
        your_review: 'Your review',
        score: 'Score',
        confidence: 'Confidence',
        saved: 'Review saved',
        done_chip: 'Reviewed',
        todo_chip: 'To review',
        others: 'Other reviews',
        others_hidden: 'Other reviews appear once you have submitted yours.',
      },
    },
  },
} satisfies ResourceMessages;
