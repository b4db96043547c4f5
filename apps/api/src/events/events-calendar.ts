import ical, { ICalEventStatus } from 'ical-generator';
import type { EventEntity } from './event.entity.js';

// Events are whole days in their own zone, so the feed uses all-day entries (DTSTART;VALUE=DATE),
// which calendar apps show on the right days wherever the subscriber lives.
export function eventsCalendar(events: EventEntity[], baseUrl: string): string {
  const calendar = ical({
    name: 'Summitdesk events',
    prodId: { company: 'Summitdesk', product: 'events', language: 'EN' },
    url: `${baseUrl}/api/public/events.ics`,
  });
  for (const event of events) {
    const end = new Date(`${event.endDate}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    calendar.createEvent({
      id: `event-${event.id}@summitdesk`,
      start: new Date(`${event.startDate}T00:00:00Z`),
      end,
      allDay: true,
      summary: event.name,
      description:
        [event.hostOrganization ? `Hosted by ${event.hostOrganization}` : null, event.description].filter(Boolean).join('\n\n') ||
        undefined,
      location: [event.venue, event.city, event.country].filter(Boolean).join(', ') || undefined,
      url: event.website ?? undefined,
      status:
        event.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : event.status === 'planned'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
      lastModified: event.updatedAt,
      stamp: event.updatedAt,
    });
  }
  return calendar.toString();
}
