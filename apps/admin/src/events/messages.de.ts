import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    events: {
      actions: {
        confirm: 'Bestätigen',
        mark_held: 'Als stattgefunden markieren',
        cancel: 'Veranstaltung absagen',
      },
      done: {
        confirm: 'Veranstaltung bestätigt',
        mark_held: 'Veranstaltung als stattgefunden markiert',
        cancel: 'Veranstaltung abgesagt',
      },
      cancel_dialog: {
        title: '„%{name}“ absagen?',
        content: 'Die Veranstaltung bleibt im Kalender und wird als abgesagt markiert. Nennen Sie den Grund für alle, die kommen wollten.',
        reason: 'Grund',
        reason_help: 'Wird im Verlauf der Veranstaltung festgehalten',
        submit: 'Veranstaltung absagen',
        keep: 'Nicht absagen',
      },
      empty: {
        title: 'Noch keine Veranstaltungen',
        organizer: 'Legen Sie die erste an; sie erscheint dann im öffentlichen Kalender.',
        member: 'Noch ist nichts geplant. Schauen Sie bald wieder vorbei.',
        create: 'Jetzt anlegen',
      },
      filters: {
        label: 'Filter',
        status: 'Status',
        kind: 'Art',
        when: 'Zeitraum',
        upcoming: 'Kommend',
        past: 'Vergangen',
      },
      search: 'Veranstaltungen suchen',
      tabs: {
        details: 'Details',
        history: 'Verlauf',
      },
      sections: {
        what: 'Was',
        when: 'Wann',
        where: 'Wo',
        host: 'Gastgeber',
      },
      dates: 'Termin',
      place: 'Ort',
      slug_help: 'Wird in öffentlichen Links verwendet; leer lassen, um ihn aus dem Namen zu bilden',
      time_zone_help: 'Datum und Uhrzeiten der Veranstaltung gelten in dieser Zeitzone',
      website_help: 'https://…',
      status_steps: 'Status der Veranstaltung',
      next_action: 'Als Nächstes: %{action}',
      kinds: {
        summit: 'Summit',
        conference: 'Konferenz',
        meetup: 'Meetup',
        tradeshow: 'Messe',
      },
    },
  },
  statuses: {
    event: {
      planned: 'Geplant',
      confirmed: 'Bestätigt',
      held: 'Stattgefunden',
      cancelled: 'Abgesagt',
    },
  },
  verbs: {
    confirm: 'bestätigt',
    mark_held: 'als stattgefunden markiert',
    cancel: 'abgesagt',
  },
  entities: {
    event: 'die Veranstaltung',
  },
  resources: {
    events: {
      name: 'Veranstaltung |||| Veranstaltungen',
      fields: {
        id: 'ID',
        name: 'Name',
        slug: 'Kurzname',
        kind: 'Art',
        startDate: 'Beginn',
        endDate: 'Ende',
        timeZone: 'Zeitzone',
        venue: 'Veranstaltungsort',
        city: 'Stadt',
        country: 'Land',
        hostOrganization: 'Gastgebende Organisation',
        website: 'Website',
        description: 'Beschreibung',
        status: 'Status',
        version: 'Version',
        createdAt: 'Angelegt',
        updatedAt: 'Geändert',
        q: 'Suche',
      },
    },
  },
};
