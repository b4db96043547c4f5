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
        draft_chip: 'Draft',
        status: { draft: 'Draft', submitted: 'Submitted' },
        draft_hint: 'A draft is yours alone: it counts nowhere until you submit it.',
        save_draft: 'Save draft',
        submit: 'Submit review',
        save_changes: 'Save changes',
        draft_saved: 'Draft saved',
        scale: 'from %{min} to %{max}',
        read_by: {
          speakers: 'Read by the speakers',
          committee: 'Read by the committee',
          chairs: 'Read by the chairs only',
        },
        author_response: 'The speakers’ response',
        response_words: '%{smart_count} word |||| %{smart_count} words',
        may_update: 'You may update your score and comments in answer to it; the change is kept in your review’s history.',
        history: 'History of your review',
        history_actions: { create: 'Review written', submit: 'Draft submitted', update: 'Review changed' },
        todo_chip: 'To review',
        others: 'Other reviews',
        others_hidden: 'Other reviews appear once you have submitted yours.',
      },
    },
  },
} satisfies ResourceMessages;
