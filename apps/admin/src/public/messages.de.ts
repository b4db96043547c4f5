import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    public: {
      title: 'Veranstaltungskalender',
      intro: 'Summits, Konferenzen, Meetups und Messen, auf denen sich die Community trifft.',
      subscribe: 'Abonnieren (iCal)',
      subscribe_help: 'Fügen Sie diese Adresse Ihrer Kalender-App hinzu; neue Veranstaltungen erscheinen dann von selbst.',
      feed_address: 'Adresse des Kalender-Feeds',
      filter: 'Veranstaltungen filtern',
      filter_help: 'Nach Name, Ort oder Gastgeber',
      kind: 'Art',
      all_kinds: 'Alle Arten',
      show_past: 'Vergangene Veranstaltungen anzeigen',
      results: '%{smart_count} Veranstaltung |||| %{smart_count} Veranstaltungen',
      none: 'Keine passenden Veranstaltungen.',
      load_error: 'Der Kalender konnte nicht geladen werden. Versuchen Sie es gleich noch einmal.',
      sign_in: 'Anmelden',
      open_admin: 'Summitdesk öffnen',
      website: 'Website',
      website_of: 'Website von %{name} (öffnet in neuem Tab)',
      program: 'Programm und Call for Papers',
      program_of: 'Programm und Call for Papers von %{name}',
      propose_booth: 'Holt uns zu dieser Veranstaltung',
      propose_booth_at: 'Einen Community-Stand bei %{name} vorschlagen',
      hosted_by: 'Zu Gast bei %{host}',
      footer: 'Summitdesk – Open-Source-Community-Veranstaltungen',
    },
  },
};
