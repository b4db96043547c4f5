import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    notifications: {
      bell: 'Benachrichtigungen',
      bell_unread: 'Benachrichtigungen, %{smart_count} ungelesen |||| Benachrichtigungen, %{smart_count} ungelesen',
      title: 'Benachrichtigungen',
      mark_all_read: 'Alle als gelesen markieren',
      none: 'Nichts Neues. Was mit Ihren Vorschlägen, Paketen, Vorträgen und Reviews geschieht, erscheint hier.',
      unread: 'Ungelesen',
      failed: 'Benachrichtigungen konnten nicht geladen werden.',
    },
  },
};
