import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    search: {
      label: 'Suche',
      placeholder: 'Veranstaltungen, Stände, Pakete, Vorträge suchen…',
      too_short: 'Mindestens 2 Zeichen eingeben',
      nothing_found: 'Nichts gefunden',
      failed: 'Die Suche ist fehlgeschlagen. Bitte erneut versuchen.',
      types: {
        events: 'Veranstaltungen',
        'booth-proposals': 'Standvorschläge',
        shipments: 'Sendungen',
        banners: 'Banner',
        submissions: 'Vorträge',
        contests: 'Wettbewerbe',
        users: 'Mitglieder',
      },
    },
  },
};
