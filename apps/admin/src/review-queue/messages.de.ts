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
        todo_chip: 'Offen',
        others: 'Andere Gutachten',
        others_hidden: 'Andere Gutachten erscheinen, sobald Sie Ihres abgegeben haben.',
      },
    },
  },
};
