import type { ResourceMessages } from '../i18n/messages';

export const messages = {
  summitdesk: {
    events: {
      actions: {
        confirm: 'Confirm',
        mark_held: 'Mark held',
        cancel: 'Cancel event',
      },
      done: {
        confirm: 'Event confirmed',
        mark_held: 'Event marked as held',
        cancel: 'Event cancelled',
      },
      cancel_dialog: {
        title: 'Cancel “%{name}”?',
        content: 'The event stays in the calendar, marked as cancelled. Say why, for the people who planned to come.',
        reason: 'Reason',
        reason_help: 'Kept in the event history',
        submit: 'Cancel event',
        keep: 'Keep event',
      },
      empty: {
        title: 'No events yet',
        organizer: 'Create the first one and it will appear in the public calendar.',
        member: 'Nothing is planned yet. Check back soon.',
        create: 'Create one',
      },
      filters: {
        label: 'Filters',
        status: 'Status',
        kind: 'Kind',
        when: 'When',
        upcoming: 'Upcoming',
        past: 'Past',
      },
      search: 'Search events',
      tabs: {
        details: 'Details',
        history: 'History',
      },
      sections: {
        what: 'What',
        when: 'When',
        where: 'Where',
        host: 'Host',
      },
      dates: 'Dates',
      place: 'Place',
      slug_help: 'Used in public links; leave empty to derive it from the name',
      time_zone_help: 'The event’s dates and times are in this zone',
      website_help: 'https://…',
      status_steps: 'Event status',
      next_action: 'Next: %{action}',
      kinds: {
        summit: 'Summit',
        conference: 'Conference',
        meetup: 'Meetup',
        tradeshow: 'Trade show',
      },
    },
  },
  statuses: {
    event: {
      planned: 'Planned',
      confirmed: 'Confirmed',
      held: 'Held',
      cancelled: 'Cancelled',
    },
  },
  verbs: {
    confirm: 'confirmed',
    mark_held: 'marked as held',
    cancel: 'cancelled',
  },
  entities: {
    event: 'event',
  },
  resources: {
    events: {
      name: 'Event |||| Events',
      fields: {
        id: 'ID',
        name: 'Name',
        slug: 'Slug',
        kind: 'Kind',
        startDate: 'Start date',
        endDate: 'End date',
        timeZone: 'Time zone',
        venue: 'Venue',
        city: 'City',
        country: 'Country',
        hostOrganization: 'Host organisation',
        website: 'Website',
        description: 'Description',
        status: 'Status',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
    },
  },
} satisfies ResourceMessages;
