import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    notifications: {
      bell: 'Notifications',
      bell_unread: 'Notifications, %{smart_count} unread |||| Notifications, %{smart_count} unread',
      title: 'Notifications',
      mark_all_read: 'Mark all read',
      none: 'Nothing new. What happens to your proposals, parcels, talks and reviews shows here.',
      unread: 'Unread',
      failed: 'Notifications could not be loaded.',
    },
  },
} satisfies ResourceMessages;
