import type { ResourceMessages } from '../i18n/messages';

// Announcements: the organizers' list and forms, suggested drafts, the public news and the home card.
export const messages = {
  summitdesk: {
    announcements: {
      form: {
        news: 'The news',
        about: 'What it is about (optional)',
        markdown_help: 'Markdown: **bold**, *italic*, [links](https://…), lists. HTML is shown as text.',
      },
      actions: { publish: 'Publish', schedule: 'Schedule', retract: 'Retract' },
      done: {
        publish: 'Published: it is on the news page, the home page and in the feed',
        schedule: 'Scheduled: it is published at the time you chose',
        retract: 'Retracted: it is a draft again',
      },
      dialogs: {
        keep: 'Keep as it is',
        schedule: { title: 'Schedule “%{title}”', content: 'It is published by itself at this time.' },
      },
      suggestions: {
        open: 'Suggested drafts',
        title: 'Suggested announcements',
        intro: 'Written from what is happening: calls for papers, committees, contests and booths that need volunteers.',
        none: 'Nothing to suggest right now: every opening has been announced.',
        use: 'Use as draft',
        created: 'Draft created: edit it, then publish or schedule it',
        kinds: {
          'cfp-opening': 'Call for papers',
          committee: 'Committee announced',
          'contest-entries': 'Contest entries',
          'contest-voting': 'Contest voting',
          'booth-volunteers': 'Booth help wanted',
        },
      },
      public: {
        title: 'News',
        atom: 'Atom feed',
        archive: 'Digest archive',
        none: 'No news yet.',
        pinned: 'Pinned',
      },
      card: { title: 'Community news', all: 'All news' },
    },
  },
  statuses: { announcement: { draft: 'Draft', scheduled: 'Scheduled', published: 'Published' } },
  verbs: { publish: 'published', schedule: 'scheduled', retract: 'retracted' },
  entities: { announcement: 'announcement' },
  resources: {
    announcements: {
      name: 'Announcement |||| Announcements',
      fields: {
        title: 'Title',
        body: 'Text',
        status: 'Status',
        pinned: 'Pinned',
        publishAt: 'Publish at',
        publishedAt: 'Published',
        authorName: 'Author',
        eventId: 'Event',
        cfpId: 'Call for papers',
        contestId: 'Contest',
        boothProposalId: 'Booth',
        q: 'Search',
      },
    },
  },
} satisfies ResourceMessages;
