import type { ResourceMessages } from '../i18n/messages';

// The weekly digest: the organizers' issues (preview, intro, send) and the public archive.
export const messages = {
  summitdesk: {
    digests: {
      compose_next: 'Next week’s digest',
      preview: 'Preview by language',
      intro: 'Intro',
      intro_help: 'Your words at the top of the issue; everything below is composed from the data.',
      save_intro: 'Save intro',
      intro_saved: 'Intro saved; the preview shows it',
      reaches: 'Sending reaches 1 subscriber |||| Sending reaches %{smart_count} subscribers',
      actions: { send: 'Send' },
      done: { send: 'Sent: each subscriber gets it once, in their language, and it is in the public archive' },
      dialogs: {
        keep: 'Not yet',
        send: {
          title: 'Send %{label}?',
          content: 'It goes to 1 subscriber now. |||| It goes to %{smart_count} subscribers now.',
        },
      },
      public: {
        title: 'Weekly digest archive',
        none: 'No issues yet.',
        all: 'All issues',
        missing: 'There is no such issue.',
      },
    },
  },
  statuses: { digest: { draft: 'Draft', sent: 'Sent' } },
  verbs: { send: 'sent', recompose: 'refreshed' },
  entities: { digest: 'digest' },
  resources: {
    digests: {
      name: 'Digest |||| Digests',
      fields: { week: 'Week', label: 'Issue', status: 'Status', sentAt: 'Sent', recipients: 'Subscribers', intro: 'Intro' },
    },
  },
} satisfies ResourceMessages;
