import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    cfp_program: {
      cfp: {
        menu: 'Calls for Papers',
        tabs: { call: 'Der Call', ranking: 'Rangliste und Entscheidungen', assignment: 'Zuweisung', history: 'Verlauf' },
        sections: { when: 'Wann', review: 'Begutachtung', program: 'Formate und Tracks' },
        formats_help: 'Jedes Format mit seiner Länge in Minuten',
        tracks_help: 'Leer lassen für einen Call ohne Tracks',
        topics_help: 'Ein Thema pro Zeile; Vortragende ordnen ihre Vorträge zu, Gutachter geben ihr Interesse an',
        editable_help: 'Felder, die Referenten nach Schluss noch ändern dürfen',
        deadline: 'Schließt am %{date} (%{zone})',
        states: { upcoming: 'Demnächst', open: 'Offen', closed: 'Geschlossen' },
        release: 'Entscheidungen freigeben',
        released:
          '%{smart_count} Entscheidung freigegeben; die Referenten erhalten eine E-Mail. |||| %{smart_count} Entscheidungen ' +
          'freigegeben; die Referenten erhalten eine E-Mail.',
        release_dialog: {
          title: 'Alle vorgemerkten Entscheidungen freigeben?',
          content:
            'Jeder vorgemerkte Vortrag erhält seine Entscheidung, und seine Referenten bekommen die E-Mail mit den Kommentaren ' +
            'der Gutachter. Das lässt sich nicht rückgängig machen.',
        },
        run_assignment: 'Automatisch zuweisen',
        assigned: '%{created} Zuweisungen erstellt; %{short} Einreichungen haben noch zu wenige Gutachter.',
        ranking_empty: 'Noch keine Einreichungen zum Bewerten.',
        columns: {
          rank: '#',
          mean: 'Mittel',
          spread: 'Spanne',
          weighted: 'Gewichtet',
          confidence: 'Sicherheit',
          reviews: 'Gutachten',
          missing: 'Fehlend',
          decision: 'Vorgemerkt',
        },
        all_tracks: 'Alle Tracks',
        matrix_legend: 'Zeilen sind Einreichungen, Spalten Gutachter. ✓ zugewiesen, ✕ befangen (nie zugewiesen), Last im Kopf.',
        conflicted: 'befangen',
        reviewers_see: { assigned: 'Ihre zugewiesenen Vorträge', all: 'Alle Vorträge ohne Befangenheit' },
        others_reviews: { never: 'Nie', after_own: 'Nach dem eigenen Gutachten', always: 'Immer' },
      },
    },
  },
  verbs: {
    assign_reviewers: 'wies Gutachter zu für',
    release_decisions: 'gab die Entscheidungen frei von',
  },
  entities: {
    cfp: 'Call for Papers',
  },
  resources: {
    cfps: {
      name: 'Call for Papers |||| Calls for Papers',
      fields: {
        eventId: 'Summit',
        title: 'Titel',
        description: 'Beschreibung',
        opensAt: 'Öffnet',
        closesAt: 'Schließt',
        timeZone: 'Zeitzone',
        reviewOpensAt: 'Begutachtung ab',
        reviewClosesAt: 'Begutachtung bis',
        anonymousReview: 'Anonyme Begutachtung',
        reviewsPerSubmission: 'Gutachten pro Einreichung',
        formats: 'Formate',
        name: 'Name',
        minutes: 'Minuten',
        tracks: 'Tracks',
        topics: 'Themen',
        editableAfterClose: 'Nach Schluss änderbar',
        state: 'Stand',
        phases: 'Begutachtungsphasen',
        startsAt: 'Beginn',
        endsAt: 'Ende',
        reviewersMayWrite: 'Gutachter dürfen schreiben',
        reviewersSee: 'Gutachter sehen',
        othersReviews: 'Andere Gutachten sichtbar',
        showSpeakerNames: 'Referentennamen zeigen',
      },
    },
  },
};
