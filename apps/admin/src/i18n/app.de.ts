import type { SameShape } from './messages';
import type { app as en } from './app.en';

export const app: SameShape<typeof en> = {
  summitdesk: {
    app: {
      name: 'Summitdesk',
      tagline: 'Das Veranstaltungsprogramm der Community',
      skip_to_content: 'Zum Inhalt springen',
    },
    menu: {
      dashboard: 'Übersicht',
      home: 'Mein Summit-Desk',
      public_calendar: 'Öffentlicher Kalender',
      my_booth_proposals: 'Meine Standvorschläge',
      my_talks: 'Meine Vorträge',
    },
    common: {
      empty_value: '(leer)',
      your_time: '%{time} bei Ihnen',
      close: 'Schließen',
      retry: 'Erneut versuchen',
      loading: 'Wird geladen …',
      load_error: 'Das konnte nicht geladen werden.',
    },
    form: {
      draft_restored: 'Wir haben Ihren noch nicht gespeicherten Entwurf wiederhergestellt.',
      discard_draft: 'Entwurf verwerfen',
    },
    auth: {
      sign_in_heading: 'Anmelden',
      email: 'E-Mail',
      password: 'Passwort',
      sign_in: 'Anmelden',
      sign_in_failed: 'Die Anmeldung ist fehlgeschlagen. Prüfen Sie E-Mail und Passwort.',
      rate_limited:
        'Zu viele Versuche. Versuchen Sie es in %{smart_count} Sekunde erneut. |||| Zu viele Versuche. Versuchen Sie es in ' +
        '%{smart_count} Sekunden erneut.',
      no_account: 'Neu bei Summitdesk?',
      create_account: 'Konto anlegen',
      register_heading: 'Ihr Konto anlegen',
      register_intro:
        'Mitglieder schlagen Messestände vor, übernehmen Standschichten, reichen Vorträge ein und stimmen bei Wettbewerben ab.',
      name: 'Vollständiger Name',
      affiliation: 'Zugehörigkeit',
      affiliation_help: 'Firma, Hochschule oder Projekt (optional)',
      country: 'Land',
      country_help: 'Optional',
      password_help: 'Mindestens %{min} Zeichen; gängige Passwörter werden abgelehnt',
      register_submit: 'Konto anlegen',
      registered: 'Willkommen bei Summitdesk! Ihr Konto ist bereit.',
      have_account: 'Sie haben schon ein Konto?',
      public_calendar: 'Öffentlichen Veranstaltungskalender ansehen',
    },
    dashboard: {
      organizer_title: 'Übersicht',
      member_title: 'Mein Summit-Desk',
      welcome: 'Willkommen, %{name}',
      organizer_intro: 'Das Veranstaltungsprogramm auf einen Blick.',
      member_intro: 'Was im Veranstaltungsprogramm ansteht. Ihre Standvorschläge, Schichten und Vorträge erscheinen künftig auch hier.',
      events_by_status: 'Veranstaltungen nach Status',
      events_total: '%{smart_count} Veranstaltung insgesamt |||| %{smart_count} Veranstaltungen insgesamt',
      upcoming_events: 'Kommende Veranstaltungen',
      no_upcoming: 'Keine kommenden Veranstaltungen.',
      all_events: 'Alle Veranstaltungen',
      show_status: '%{count} %{status}: anzeigen',
    },
  },
};
