import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    search: {
      label: 'Search',
      placeholder: 'Search events, booths, parcels, talks…',
      too_short: 'Type at least 2 characters',
      nothing_found: 'Nothing found',
      failed: 'Search failed. Try again.',
      types: {
        events: 'Events',
        'booth-proposals': 'Booth proposals',
        shipments: 'Shipments',
        banners: 'Banners',
        submissions: 'Talks',
        contests: 'Contests',
        users: 'Members',
      },
    },
  },
} satisfies ResourceMessages;
