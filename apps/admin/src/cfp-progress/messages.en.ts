import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    cfp_progress: {
      title: 'CfP review progress',
      closes: 'Reviews close %{date}',
      your_time: 'your time: %{date}',
      due_today: 'due today',
      days_left: '%{smart_count} day left |||| %{smart_count} days left',
      reviewer: 'Reviewer',
      done: 'Done',
      missing: 'Missing',
      none_assigned: 'No reviews assigned yet.',
      summary: '%{done} of %{total} reviews done',
      open_call: 'Open the call',
    },
  },
} satisfies ResourceMessages;
