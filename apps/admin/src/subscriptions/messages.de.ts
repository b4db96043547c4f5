import type { SameShape } from '../i18n/messages';
import type { messages as en } from './messages.en';

export const messages: SameShape<typeof en> = {
  summitdesk: {
    subscriptions: {
      menu: 'Benachrichtigungen',
      back_to_news: 'Zurück zu den Neuigkeiten',
      topics: {
        events: 'Veranstaltungen in meinem Land',
        cfps: 'Aufrufe zur Einreichung',
        contests: 'Wettbewerbe',
        booth_help: 'Standhilfe gesucht',
      },
      statuses: { pending: 'Wartet auf Bestätigung', confirmed: 'Bestätigt', unsubscribed: 'Abbestellt' },
      languages: { en: 'English', de: 'Deutsch' },
      fields: {
        email: 'E-Mail-Adresse',
        digest: 'Der Wochenrundbrief',
        topics: 'Außerdem informieren über',
        country: 'Mein Land (für Veranstaltungen in der Nähe)',
        language: 'Sprache',
        creditConsent: 'Im Rundbrief namentlich danken',
      },
      subscribe: {
        title: 'Den Wochenrundbrief erhalten',
        intro:
          'Neuigkeiten, Veranstaltungen, die Standhilfe brauchen, Einreichungen und Wettbewerbe, einmal pro Woche. Abbestellen mit ' +
          'einem Klick aus jeder Mail.',
        submit: 'Abonnieren',
        sent: 'Fast geschafft: Wir haben Ihnen einen Link zur Bestätigung geschickt.',
      },
      confirm: {
        title: 'Abonnement bestätigen',
        intro: 'Drücken Sie den Knopf, um den Wochenrundbrief an diese Adresse zu erhalten.',
        button: 'Bestätigen',
        done: '%{email} ist angemeldet. Willkommen!',
      },
      unsubscribe: {
        title: 'Abbestellen',
        intro: 'Drücken Sie den Knopf, und diese Adresse erhält keine Rundbriefe oder Neuigkeiten mehr.',
        button: 'Abbestellen',
        done: '%{email} ist abgemeldet. Schade, dass Sie gehen.',
      },
      settings: {
        title: 'Benachrichtigungen',
        mail: 'Was ich erhalte',
        credit: '„Mitglieder in Aktion“',
        credit_help: 'Der Rundbrief dankt Helfer:innen und Gutachter:innen nur mit ihrer Zustimmung namentlich.',
      },
    },
  },
  resources: {
    subscribers: {
      name: 'Abonnent:in |||| Abonnent:innen',
      fields: {
        email: 'E-Mail-Adresse',
        status: 'Status',
        language: 'Sprache',
        digest: 'Wochenrundbrief',
        topics: 'Themen',
        member: 'Mitglied',
        confirmedAt: 'Bestätigt',
        createdAt: 'Abonniert',
      },
    },
  },
  verbs: { subscribe: 'abonnierte', unsubscribe: 'bestellte ab' },
  entities: { subscriber: 'Abonnent:in' },
};
