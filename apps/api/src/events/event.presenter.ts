import type { Event } from '@summitdesk/contracts';
import type { EventEntity } from './event.entity.js';

export function presentEvent(event: EventEntity): Event {
  return {
    id: event.id,
    slug: event.slug,
    name: event.name,
    kind: event.kind,
    startDate: event.startDate,
    endDate: event.endDate,
    timeZone: event.timeZone,
    venue: event.venue,
    city: event.city,
    country: event.country,
    hostOrganization: event.hostOrganization,
    website: event.website,
    description: event.description,
    status: event.status,
    version: event.version,
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
  };
}
