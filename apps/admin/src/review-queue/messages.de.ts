import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    cfp_program: {
      queue: {
        title: 'Begutachtung',
        progress: '%{done} von %{assigned} begutachtet, %{left} offen',
        deadline: 'Gutachten fällig am %{date}',
        empty: 'Ihnen ist noch nichts zugewiesen. Der Vorsitz weist Einreichungen zu, sobald die Begutachtung beginnt.',
        open: 'Zur Begutachtung',
        previous: 'Vorherige',
        next: 'Nächste',
        your_review: 'Ihr Gutachten',
        score: 'Bewertung',
        confidence: 'Sicherheit',
        saved: 'Gutachten gespeichert',
        done_chip: 'Begutachtet',
        draft_chip: 'Entwurf',
        status: { draft: 'Entwurf', submitted: 'Abgegeben' },
        draft_hint: 'Ein Entwurf gehört nur Ihnen: Er zählt nirgends, bis Sie ihn abgeben.',
        save_draft: 'Entwurf speichern',
        submit: 'Gutachten abgeben',
        save_changes: 'Änderungen speichern',
        draft_saved: 'Entwurf gespeichert',
        scale: 'von %{min} bis %{max}',
        read_by: {
          speakers: 'Lesen die Referenten',
          committee: 'Liest das Komitee',
          chairs: 'Liest nur der Vorsitz',
        },
        author_response: 'Stellungnahme der Referenten',
        response_words: '%{smart_count} Wort |||| %{smart_count} Wörter',
        may_update: 'Sie können Bewertung und Kommentare daraufhin ändern; die Änderung bleibt im Verlauf Ihres Gutachtens erhalten.',
        history: 'Verlauf Ihres Gutachtens',
        history_actions: { create: 'Gutachten geschrieben', submit: 'Entwurf abgegeben', update: 'Gutachten geändert' },
        history_fields: {
          score: 'Bewertung',
          confidence: 'Sicherheit',
          commentToSpeakers: 'Kommentar an die Vortragenden',
          commentToCommittee: 'Kommentar an das Komitee',
          answers: 'Formularantworten',
        },
        history_change: { moved: '%{field} %{from} → %{to}', changed: '%{field} geändert', none: 'Ohne Änderungen gespeichert' },
        todo_chip: 'Offen',
        others: 'Andere Gutachten',
        others_hidden: 'Andere Gutachten erscheinen, sobald Sie Ihres abgegeben haben.',
      },
    },
  },
};
