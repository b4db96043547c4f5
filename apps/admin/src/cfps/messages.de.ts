import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    cfp_program: {
      review_form: {
        intro:
          'Neben Bewertung und Sicherheit füllen Gutachter die folgenden Felder in dieser Reihenfolge aus. Bewertete Felder ' +
          'haben ihre eigene Skala; Textfelder legen fest, wer sie lesen darf.',
        empty: 'Keine zusätzlichen Felder: Gutachter geben nur Bewertung, Sicherheit und die zwei Kommentare ab.',
        field_n: 'Feld %{n}: %{name}',
        kind_score: 'Bewertetes Feld',
        kind_text: 'Textfeld',
        new_score: 'Neue Bewertung',
        new_text: 'Neuer Text',
        move_up: 'Nach oben',
        move_down: 'Nach unten',
        remove: 'Feld entfernen',
        label: 'Bezeichnung',
        key: 'Schlüssel',
        key_help: 'So werden Antworten gespeichert: a-z, 0-9 und _',
        description: 'Beschreibung',
        description_help: 'Was Gutachter hier beurteilen sollen',
        min: 'Niedrigste Bewertung',
        max: 'Höchste Bewertung',
        visibility: 'Wer darf es lesen',
        visibilities: { speakers: 'Referenten und Komitee', committee: 'Komitee', chairs: 'Nur Vorsitz' },
        visibility_help: {
          speakers: 'Die Referenten lesen es während der Stellungnahme und mit der Entscheidung',
          committee: 'Gutachter lesen es, sobald sie ihr eigenes Gutachten abgegeben haben',
          chairs: 'Nur der Vorsitz liest es',
        },
        add_score: 'Bewertetes Feld hinzufügen',
        add_text: 'Textfeld hinzufügen',
        response_window: 'Stellungnahme der Autoren',
        responseOpensAt: 'Stellungnahme ab',
        responseClosesAt: 'Stellungnahme bis',
        responseWordLimit: 'Wortgrenze',
        word_limit_help: 'Leer: keine Grenze',
        save: 'Bewertungsbogen speichern',
        saved: 'Bewertungsbogen gespeichert',
      },
      assignment: {
        title: 'Automatische Zuweisung',
        intro:
          'Legen Sie die Auslastungsgrenzen fest, sehen Sie sich die vorgeschlagene Zuweisung an und übernehmen Sie dann genau ' +
          'diese Vorschau. Bestehende Zuweisungen bleiben.',
        minLoad: 'Mindestauslastung',
        maxLoad: 'Höchstauslastung',
        minLoad_help: 'Einreichungen je Gutachter mindestens (leer: keine)',
        maxLoad_help: 'Einreichungen je Gutachter höchstens (leer: gerechter Anteil)',
        preview: 'Vorschau',
        apply: 'Übernehmen',
        preview_again: 'Erneut anzeigen',
        stale_title: 'Diese Vorschau ist veraltet',
        stale:
          'Die Zuweisung hat sich seit Ihrer Vorschau geändert (ein anderer Vorsitz hat eine übernommen, oder ein Gebot, eine ' +
          'Befangenheit oder ein Sitz hat sich geändert). Es wurde nichts gespeichert. Zeigen Sie die Vorschau erneut an.',
        loads_changed:
          'Sie haben die Auslastung seit dieser Vorschau geändert; „Übernehmen“ nutzt die Werte der Vorschau. Zeigen Sie sie erneut an.',
        summary:
          '%{added} hinzuzufügen, %{unchanged} bleiben, %{removed} zu entfernen; %{short} Einreichungen mit zu wenigen Gutachtern. ' +
          'Auslastung zwischen %{min} und %{max}.',
        nothing: 'Keine Einreichungen zuzuweisen.',
        by_submission: 'Vorgeschlagene Zuweisung je Einreichung',
        by_reviewer: 'Vorgeschlagene Zuweisung je Gutachter',
        reviewers: 'Gutachter',
        reviewer: 'Gutachter',
        short: 'Fehlende Gutachter',
        load_after: 'Auslastung danach',
        missing: '%{smart_count} Gutachter fehlt: %{reason} |||| %{smart_count} Gutachter fehlen: %{reason}',
        kinds: { added: 'Hinzugefügt', unchanged: 'Unverändert', removed: 'Entfernt' },
        reasons: {
          no_reviewers: 'das Komitee hat keine Gutachter',
          conflicts: 'zu wenige Gutachter ohne Befangenheit',
          max_load: 'alle freien Gutachter haben die Höchstauslastung erreicht',
        },
      },
      cfp: {
        menu: 'Calls for Papers',
        tabs: {
          call: 'Der Call',
          ranking: 'Rangliste und Entscheidungen',
          assignment: 'Zuweisung',
          history: 'Verlauf',
          review_form: 'Bewertungsbogen',
        },
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
