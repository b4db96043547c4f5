import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    statistics: {
      title: 'Statistik',
      menu: 'Statistik',
      period: 'Pro',
      periods: { week: 'Woche', month: 'Monat', quarter: 'Quartal', year: 'Jahr' },
      from: 'Von',
      to: 'Bis',
      export: 'CSV exportieren',
      load_error: 'Die Statistik konnte nicht geladen werden; bitte die Daten prüfen.',
      table: 'Zahlen pro Zeitraum',
      popular: 'Am beliebtesten',
      all_time: 'Insgesamt',
      this_year: 'Dieses Jahr',
      no_popular: 'Noch keine Aufrufe.',
      open_library: 'Bibliothek öffnen (pro Veranstaltung: dort eine Veranstaltung wählen)',
      charts: { library: 'Vortragsbibliothek', community: 'Community', booths: 'Stände und Helfende' },
      figures: {
        period: 'Zeitraum',
        presentationsUploaded: 'Hochgeladene Vorträge',
        views: 'Aufrufe',
        downloads: 'Downloads',
        boothsHeld: 'Stände',
        boothVisitors: 'Standbesucher',
        boothLeads: 'Kontakte',
        volunteerHours: 'Helferstunden',
        submissions: 'Einreichungen',
        reviews: 'Gutachten',
        contestEntries: 'Wettbewerbsbeiträge',
        votes: 'Stimmen',
        sponsorshipIncome: 'Sponsoring-Einnahmen (USD)',
        newMembers: 'Neue Mitglieder',
        subscribers: 'Abonnenten',
      },
    },
  },
};
