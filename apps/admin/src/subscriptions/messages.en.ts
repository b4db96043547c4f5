import type { ResourceMessages } from '../i18n/messages';

// Subscriptions: the subscribe box, the mailed links' pages and a member's own news settings.
export const messages = {
  summitdesk: {
    subscriptions: {
      menu: 'News settings',
      back_to_news: 'Back to the news',
      topics: {
        events: 'Events near my country',
        cfps: 'Calls for papers',
        contests: 'Contests',
        booth_help: 'Booth help wanted',
      },
      statuses: { pending: 'Waiting for confirmation', confirmed: 'Confirmed', unsubscribed: 'Unsubscribed' },
      languages: { en: 'English', de: 'Deutsch' },
      fields: {
        email: 'E-mail address',
        digest: 'The weekly digest',
        topics: 'Also tell me about',
        country: 'My country (for events near me)',
        language: 'Language',
        creditConsent: 'Thank me by name in the digest',
      },
      subscribe: {
        title: 'Get the weekly digest',
        intro: 'News, events that need booth help, calls for papers and contests, once a week. Unsubscribe with one click from any mail.',
        submit: 'Subscribe',
        sent: 'Almost done: we sent you a link to confirm the subscription.',
      },
      confirm: {
        title: 'Confirm your subscription',
        intro: 'Press the button to start receiving the weekly digest at this address.',
        button: 'Confirm',
        done: '%{email} is subscribed. Welcome!',
      },
      unsubscribe: {
        title: 'Unsubscribe',
        intro: 'Press the button and this address receives no more digests or news.',
        button: 'Unsubscribe',
        done: '%{email} is unsubscribed. Sorry to see you go.',
      },
      settings: {
        title: 'News settings',
        mail: 'What I receive',
        credit: '“Members in action”',
        credit_help: 'The digest thanks volunteers and reviewers by name only if they agree.',
      },
    },
  },
  resources: {
    subscribers: {
      name: 'Subscriber |||| Subscribers',
      fields: {
        email: 'E-mail address',
        status: 'Status',
        language: 'Language',
        digest: 'Weekly digest',
        topics: 'Topics',
        member: 'Member',
        confirmedAt: 'Confirmed',
        createdAt: 'Subscribed',
      },
    },
  },
  verbs: { subscribe: 'subscribed', unsubscribe: 'unsubscribed' },
  entities: { subscriber: 'subscriber' },
} satisfies ResourceMessages;
