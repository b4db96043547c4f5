import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    public: {
      title: 'Event calendar',
      intro: 'Summits, conferences, meetups and trade shows where the community meets.',
      subscribe: 'Subscribe (iCal)',
      subscribe_help: 'Add this address to your calendar app and new events appear by themselves.',
      feed_address: 'Calendar feed address',
      filter: 'Filter events',
      filter_help: 'By name, place or host',
      kind: 'Kind',
      all_kinds: 'All kinds',
      show_past: 'Show past events',
      results: '%{smart_count} event |||| %{smart_count} events',
      none: 'No events match.',
      load_error: 'The calendar could not be loaded. Try again in a moment.',
      sign_in: 'Sign in',
      open_admin: 'Open Summitdesk',
      website: 'Website',
      website_of: 'Website of %{name} (opens in a new tab)',
      program: 'Program and call for papers',
      program_of: 'Program and call for papers of %{name}',
      propose_booth: 'Bring us to this event',
      propose_booth_at: 'Propose a community booth at %{name}',
      hosted_by: 'Hosted by %{host}',
      footer: 'Summitdesk — open-source community events',
    },
  },
} satisfies ResourceMessages;
