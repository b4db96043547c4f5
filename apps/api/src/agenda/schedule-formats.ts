import type { PublicAgendaItem } from '@summitdesk/contracts';
import ical from 'ical-generator';
import { create } from 'xmlbuilder2';
import type { EventEntity } from '../events/event.entity.js';

// The agenda in the formats conference apps read (Giggity, EventFahrplan, info-beamer): the frab
// schedule XML and its JSON twin as described by the c3voc. Times are wall-clock times in the event's
// own zone with their UTC offset, days are the event's calendar days.

type LocalParts = { date: string; time: string; offset: string };

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const minutes = Math.round((asUtc - instant.getTime()) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { date, time, offset };
}

function duration(item: PublicAgendaItem): string {
  const minutes = Math.max(0, Math.round((Date.parse(item.endsAt) - Date.parse(item.startsAt)) / 60_000));
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const speakerNames = (item: PublicAgendaItem) => item.talk?.speakers.map((speaker) => speaker.name) ?? [];
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

type ScheduleEvent = {
  item: PublicAgendaItem;
  local: LocalParts;
  guid: string;
  slug: string;
  type: string;
  track: string;
  abstract: string;
  persons: string[];
};

type ScheduleDay = { index: number; date: string; start: string; end: string; rooms: Map<string, ScheduleEvent[]> };

function eventDays(event: EventEntity): string[] {
  const days: string[] = [];
  for (let day = new Date(`${event.startDate}T00:00:00Z`); day <= new Date(`${event.endDate}T00:00:00Z`);) {
    days.push(day.toISOString().slice(0, 10));
    day = new Date(day.getTime() + 86_400_000);
    if (days.length > 366) break;
  }
  return days;
}

function dayBoundary(date: string, time: string, timeZone: string): string {
  // The offset at noon of that day is the day's offset (zone changes happen at night).
  const { offset } = localParts(new Date(`${date}T12:00:00Z`), timeZone);
  return `${date}T${time}${offset}`;
}

function scheduleDays(event: EventEntity, items: PublicAgendaItem[], baseUrl: string): ScheduleDay[] {
  const days = new Map<string, ScheduleDay>();
  const addDay = (date: string) => {
    if (!days.has(date)) {
      days.set(date, {
        index: 0,
        date,
        start: dayBoundary(date, '00:00:00', event.timeZone),
        end: dayBoundary(date, '23:59:59', event.timeZone),
        rooms: new Map(),
      });
    }
    return days.get(date)!;
  };
  for (const date of eventDays(event)) addDay(date);
  for (const item of items) {
    const local = localParts(new Date(item.startsAt), event.timeZone);
    const day = addDay(local.date);
    const room = day.rooms.get(item.room) ?? [];
    room.push({
      item,
      local,
      guid: agendaGuid(baseUrl, event.slug, item.id),
      slug: `${event.slug}-${item.id}`,
      type: item.talk?.format ?? 'other',
      track: item.talk?.track ?? '',
      abstract: item.talk ? plain(item.talk.abstractHtml) : '',
      persons: speakerNames(item),
    });
    day.rooms.set(item.room, room);
  }
  const ordered = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  ordered.forEach((day, index) => (day.index = index + 1));
  return ordered;
}

// A stable UUID-shaped guid per slot, derived from the site, the event and the slot id.
function agendaGuid(baseUrl: string, slug: string, id: number): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const char of `${baseUrl}|${slug}|${id}`) {
    h1 = Math.imul(h1 ^ char.charCodeAt(0), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ char.charCodeAt(0), 0x5bd1e995) >>> 0;
  }
  const hex = `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}${id.toString(16).padStart(16, '0')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const conferenceFacts = (event: EventEntity, days: ScheduleDay[]) => ({
  title: event.name,
  acronym: event.slug,
  start: event.startDate,
  end: event.endDate,
  days: days.length,
});

export function frabScheduleXml(event: EventEntity, items: PublicAgendaItem[], baseUrl: string): string {
  const days = scheduleDays(event, items, baseUrl);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('schedule');
  root.ele('version').txt('1.0');
  const conference = root.ele('conference');
  const facts = conferenceFacts(event, days);
  conference.ele('title').txt(facts.title);
  conference.ele('acronym').txt(facts.acronym);
  conference.ele('start').txt(facts.start);
  conference.ele('end').txt(facts.end);
  conference.ele('days').txt(String(facts.days));
  for (const day of days) {
    const dayNode = root.ele('day', { index: String(day.index), date: day.date, start: day.start, end: day.end });
    for (const [roomName, events] of day.rooms) {
      const roomNode = dayNode.ele('room', { name: roomName });
      for (const entry of events) {
        const node = roomNode.ele('event', { id: String(entry.item.id), guid: entry.guid });
        node.ele('date').txt(`${entry.local.date}T${entry.local.time}:00${entry.local.offset}`);
        node.ele('start').txt(entry.local.time);
        node.ele('duration').txt(duration(entry.item));
        node.ele('room').txt(roomName);
        node.ele('slug').txt(entry.slug);
        node.ele('title').txt(entry.item.title);
        node.ele('subtitle').txt('');
        node.ele('track').txt(entry.track);
        node.ele('type').txt(entry.type);
        node.ele('language').txt('en');
        node.ele('abstract').txt(entry.abstract);
        const persons = node.ele('persons');
        for (const person of entry.persons) persons.ele('person').txt(person);
        node
          .ele('links')
          .ele('link', { href: talkCalendarUrl(baseUrl, event.slug, entry.item.id) })
          .txt('iCal');
      }
    }
  }
  return root.end({ prettyPrint: true });
}

export function frabScheduleJson(event: EventEntity, items: PublicAgendaItem[], baseUrl: string) {
  const days = scheduleDays(event, items, baseUrl);
  const rooms = [...new Set(items.map((item) => item.room))];
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'Summitdesk', version: '1.0' },
    schedule: {
      url: `${baseUrl}/api/public/events/${event.slug}/schedule.json`,
      version: '1.0',
      base_url: `${baseUrl}/public/events/${event.slug}`,
      conference: {
        ...conferenceFacts(event, days),
        daysCount: days.length,
        time_zone_name: event.timeZone,
        url: `${baseUrl}/public/events/${event.slug}`,
        rooms: rooms.map((name) => ({ name, guid: agendaGuid(baseUrl, `${event.slug}#room`, rooms.indexOf(name) + 1) })),
        days: days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(
            [...day.rooms].map(([roomName, events]) => [
              roomName,
              events.map((entry) => ({
                guid: entry.guid,
                id: entry.item.id,
                date: `${entry.local.date}T${entry.local.time}:00${entry.local.offset}`,
                start: entry.local.time,
                duration: duration(entry.item),
                room: roomName,
                slug: entry.slug,
                url: `${baseUrl}/public/events/${event.slug}#slot-${entry.item.id}`,
                title: entry.item.title,
                subtitle: '',
                language: 'en',
                track: entry.track || null,
                type: entry.type,
                abstract: entry.abstract,
                description: '',
                logo: null,
                persons: entry.persons.map((name) => ({ public_name: name })),
                links: [{ url: talkCalendarUrl(baseUrl, event.slug, entry.item.id), title: 'iCal' }],
                attachments: [],
                recording_license: '',
                do_not_record: false,
              })),
            ]),
          ),
        })),
      },
    },
  };
}

const talkCalendarUrl = (baseUrl: string, slug: string, slotId: number) => `${baseUrl}/api/public/events/${slug}/agenda/${slotId}.ics`;

// One agenda item as its own calendar, for "add this talk to my calendar".
export function talkCalendar(event: EventEntity, item: PublicAgendaItem, baseUrl: string): string {
  const calendar = ical({
    name: item.title,
    prodId: { company: 'Summitdesk', product: 'agenda', language: 'EN' },
    url: talkCalendarUrl(baseUrl, event.slug, item.id),
  });
  const speakers = item.talk?.speakers
    .map((speaker) => (speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name))
    .join(', ');
  calendar.createEvent({
    id: `agenda-slot-${item.id}@summitdesk`,
    start: new Date(item.startsAt),
    end: new Date(item.endsAt),
    summary: speakers ? `${item.title} — ${speakers}` : item.title,
    location: [item.room, event.venue, event.city].filter(Boolean).join(', '),
    description: item.talk
      ? [speakers, item.talk.track, item.talk.format, plain(item.talk.abstractHtml)].filter(Boolean).join('\n')
      : undefined,
    url: `${baseUrl}/public/events/${event.slug}#slot-${item.id}`,
  });
  return calendar.toString();
}
