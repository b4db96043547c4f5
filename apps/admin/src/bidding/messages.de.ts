import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    bidding: {
      title: 'Gebote',
      title_for: 'Gebote: %{name}',
      intro:
        'Sagen Sie der Leitung, welche Vorträge Sie begutachten möchten: von −20 (lieber nicht) bis +20 (sehr gern); 0 ist ' +
        'neutral. Jede Änderung wird sofort gespeichert. Vorträge, bei denen Sie befangen sind, erscheinen nicht.',
      open_page: 'Auf Vorträge bieten',
      open_for: 'Auf die Vorträge von %{name} bieten',
      notice: 'Die Gebotsphase ist offen. Sagen Sie der Leitung, welche Vorträge Sie begutachten möchten.',
      closed: 'Die Gebotsphase dieses Aufrufs ist geschlossen. Ihre Gebote bleiben erhalten.',
      not_member: 'Sie gehören nicht zum Komitee dieses Aufrufs; es gibt nichts zu bieten.',
      empty: 'Noch keine Vorträge, auf die Sie bieten können.',
      progress: '%{done} von %{total} Vorträgen haben Ihr Gebot',
      sort: 'Reihenfolge',
      sorts: {
        id: 'Reihenfolge der Einreichung',
        topicMatch: 'Beste Themenübereinstimmung zuerst',
        bid: 'Mein Gebot, niedrigstes zuerst',
        title: 'Titel',
      },
      list_label: 'Vorträge zum Bieten',
      bid_label: 'Ihr Gebot für „%{title}“',
      bid_value: 'Gebot',
      no_bid: 'kein Gebot',
      lower: 'Gebot für „%{title}“ senken',
      raise: 'Gebot für „%{title}“ erhöhen',
      conflict: 'Befangen',
      conflict_label: 'Interessenkonflikt mit „%{title}“ erklären',
      conflict_title: 'Interessenkonflikt erklären?',
      conflict_body:
        'Sie erklären einen Interessenkonflikt mit „%{title}“. Der Vortrag verschwindet aus Ihrer Liste und Sie begutachten ' +
        'ihn nicht. Die Leitung sieht die Erklärung; nur Vorsitzende oder Organisator:innen können sie zurücknehmen.',
      conflict_confirm: 'Konflikt erklären',
      conflict_done: 'Konflikt erklärt; der Vortrag ist aus Ihrer Liste verschwunden.',
      topics: 'Themen',
      track: 'Track',
      speakers: 'Vortragende',
      match: 'Passt zu Ihren Interessen: %{topics}',
      match_none: 'Keine Themenübereinstimmung',
      state: { saving: 'Wird gespeichert …', saved: 'Gespeichert', error: 'Nicht gespeichert' },
      retry: 'Erneut speichern',
      announce_saved: 'Gebot %{value} für „%{title}“ gespeichert',
      shortcuts: 'Tastenkürzel',
      shortcuts_open: 'Tastenkürzel (?)',
      keys: {
        next: 'Nächster Vortrag',
        previous: 'Vorheriger Vortrag',
        digits: 'Gebot auf 0, +5, +10, +15 oder +20 setzen',
        raise: 'Gebot um 5 erhöhen',
        lower: 'Gebot um 5 senken',
        negate: 'Gebot umkehren (+10 wird −10)',
        conflict: 'Interessenkonflikt erklären (mit Rückfrage)',
        interests: 'Themeninteressen bearbeiten',
        help: 'Diese Hilfe zeigen',
      },
      interests: {
        open: 'Themeninteressen',
        title: 'Ihre Themeninteressen',
        intro:
          'Einmal für dieses Komitee: wie gern Sie Vorträge zu jedem Thema begutachten. Die Zuweisung der Leitung und die ' +
          'Hinweise auf dieser Seite nutzen sie.',
        none: 'Dieser Aufruf nennt keine Themen.',
        values: {
          '-2': 'Gar nicht (−2)',
          '-1': 'Eher nicht (−1)',
          '0': 'Neutral (0)',
          '1': 'Interessiert (+1)',
          '2': 'Sehr interessiert (+2)',
        },
        save: 'Interessen speichern',
        saved: 'Themeninteressen gespeichert',
      },
      chair: {
        open: 'Gebote öffnen',
        close: 'Gebote schließen',
        opened: 'Die Gebotsphase ist offen; das Komitee wurde benachrichtigt.',
        closed: 'Die Gebotsphase ist geschlossen.',
        open_title: 'Gebotsphase öffnen?',
        open_body:
          'Alle Komiteemitglieder werden benachrichtigt (in der App und per Mail, wenn gewünscht) und können bieten, bis Sie die ' +
          'Gebotsphase schließen.',
        close_title: 'Gebotsphase schließen?',
        close_body: 'Mitglieder können ihre Gebote nicht mehr ändern. Abgegebene Gebote bleiben und fließen in die Zuweisung ein.',
        state_open: 'Gebote offen',
      },
    },
  },
  entities: { bid: 'Gebot', topic_interest: 'Themeninteressen' },
  verbs: { open_bidding: 'öffnete die Gebote für', close_bidding: 'schloss die Gebote für', replace: 'ersetzte' },
  resources: { cfps: { fields: { biddingOpen: 'Gebote offen' } } },
};
