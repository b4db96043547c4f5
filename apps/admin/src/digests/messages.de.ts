import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    digests: {
      compose_next: 'Rundbrief der nächsten Woche',
      preview: 'Vorschau nach Sprache',
      intro: 'Einleitung',
      intro_help: 'Ihre Worte oben im Rundbrief; alles darunter wird aus den Daten zusammengestellt.',
      save_intro: 'Einleitung speichern',
      intro_saved: 'Einleitung gespeichert; die Vorschau zeigt sie',
      reaches: 'Der Versand erreicht 1 Abonnent:in |||| Der Versand erreicht %{smart_count} Abonnent:innen',
      actions: { send: 'Senden' },
      done: { send: 'Gesendet: alle Abonnent:innen erhalten ihn einmal, in ihrer Sprache, und er steht im öffentlichen Archiv' },
      dialogs: {
        keep: 'Noch nicht',
        send: {
          title: '%{label} senden?',
          content: 'Er geht jetzt an 1 Abonnent:in. |||| Er geht jetzt an %{smart_count} Abonnent:innen.',
        },
      },
      public: {
        title: 'Archiv des Wochenrundbriefs',
        none: 'Noch keine Ausgaben.',
        all: 'Alle Ausgaben',
        missing: 'Diese Ausgabe gibt es nicht.',
      },
    },
  },
  statuses: { digest: { draft: 'Entwurf', sent: 'Gesendet' } },
  verbs: { send: 'sendete', recompose: 'aktualisierte' },
  entities: { digest: 'Rundbrief' },
  resources: {
    digests: {
      name: 'Rundbrief |||| Rundbriefe',
      fields: { week: 'Woche', label: 'Ausgabe', status: 'Status', sentAt: 'Gesendet', recipients: 'Abonnent:innen', intro: 'Einleitung' },
    },
  },
};
