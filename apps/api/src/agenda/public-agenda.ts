import type { PublicAgendaItem } from '@summitdesk/contracts';
import ical from 'ical-generator';
import type { EventEntity } from '../events/event.entity.js';
import { renderMarkdown } from '../submissions/markdown.js';
import type { PublishedRow } from './agenda.repository.js';

// The published agenda: fixed items and confirmed talks with their speakers (anonymity ends once a
// talk is accepted and confirmed).
export function publicAgenda(rows: PublishedRow[]): PublicAgendaItem[] {
  return rows.map((row) => ({
    id: row.id,
    room: row.room,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    title: row.title ?? row.slot_title ?? '',
    talk: row.submission_id
      ? {
          id: row.submission_id,
          title: row.title!,
          abstractHtml: renderMarkdown(row.abstract!),
          format: row.format!,
          track: row.track,
          speakers: row.speakers ?? [],
        }
      : null,
  }));
}

export function agendaCalendar(event: EventEntity, items: PublicAgendaItem[], baseUrl: string): string {
  const calendar = ical({
    name: `${event.name} agenda`,
    prodId: { company: 'Summitdesk', product: 'agenda', language: 'EN' },
    url: `${baseUrl}/api/public/events/${event.slug}/agenda.ics`,
  });
  for (const item of items) {
    const speakers = item.talk?.speakers
      .map((speaker) => (speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name))
      .join(', ');
    calendar.createEvent({
      id: `agenda-slot-${item.id}@summitdesk`,
      // Instants in UTC: every calendar app shows them in its user's own zone.
      start: new Date(item.startsAt),
      end: new Date(item.endsAt),
      summary: speakers ? `${item.title} — ${speakers}` : item.title,
      location: [item.room, event.venue, event.city].filter(Boolean).join(', '),
      description: item.talk ? [speakers, item.talk.track, item.talk.format].filter(Boolean).join(' · ') : undefined,
    });
  }
  return calendar.toString();
}
