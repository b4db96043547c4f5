import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    announcements: {
      form: {
        news: 'Die Neuigkeit',
        about: 'Worum es geht (optional)',
        markdown_help: 'Markdown: **fett**, *kursiv*, [Links](https://…), Listen. HTML wird als Text angezeigt.',
      },
      actions: { publish: 'Veröffentlichen', schedule: 'Einplanen', retract: 'Zurückziehen' },
      done: {
        publish: 'Veröffentlicht: auf der Neuigkeiten-Seite, der Startseite und im Feed',
        schedule: 'Eingeplant: wird zur gewählten Zeit veröffentlicht',
        retract: 'Zurückgezogen: wieder ein Entwurf',
      },
      dialogs: {
        keep: 'So lassen',
        schedule: { title: '„%{title}“ einplanen', content: 'Zu dieser Zeit wird sie von selbst veröffentlicht.' },
      },
      suggestions: {
        open: 'Vorgeschlagene Entwürfe',
        title: 'Vorgeschlagene Ankündigungen',
        intro: 'Aus dem geschrieben, was gerade geschieht: Einreichungen, Komitees, Wettbewerbe und Stände, die Helfer brauchen.',
        none: 'Gerade nichts vorzuschlagen: alles ist angekündigt.',
        use: 'Als Entwurf übernehmen',
        created: 'Entwurf angelegt: bearbeiten, dann veröffentlichen oder einplanen',
        kinds: {
          'cfp-opening': 'Call for Papers',
          committee: 'Komitee bekanntgegeben',
          'contest-entries': 'Wettbewerbsbeiträge',
          'contest-voting': 'Abstimmung',
          'booth-volunteers': 'Standhilfe gesucht',
        },
      },
      public: {
        title: 'Neuigkeiten',
        atom: 'Atom-Feed',
        archive: 'Rundbrief-Archiv',
        none: 'Noch keine Neuigkeiten.',
        pinned: 'Angeheftet',
      },
      card: { title: 'Neues aus der Community', all: 'Alle Neuigkeiten' },
    },
  },
  statuses: { announcement: { draft: 'Entwurf', scheduled: 'Eingeplant', published: 'Veröffentlicht' } },
  verbs: { publish: 'veröffentlichte', schedule: 'plante ein:', retract: 'zog zurück:' },
  entities: { announcement: 'Ankündigung' },
  resources: {
    announcements: {
      name: 'Ankündigung |||| Ankündigungen',
      fields: {
        title: 'Titel',
        body: 'Text',
        status: 'Status',
        pinned: 'Angeheftet',
        publishAt: 'Veröffentlichen am',
        publishedAt: 'Veröffentlicht',
        authorName: 'Verfasst von',
        eventId: 'Veranstaltung',
        cfpId: 'Call for Papers',
        contestId: 'Wettbewerb',
        boothProposalId: 'Stand',
        q: 'Suche',
      },
    },
  },
};
