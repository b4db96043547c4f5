import type { Event } from '@summitdesk/contracts';
import { csvExporter } from '../common/csvExport';

// CSV columns in a reader's order; bookkeeping fields (version, timestamps) stay out.
export const eventExporter = csvExporter<Event>(
  (event) => ({
    id: event.id,
    name: event.name,
    slug: event.slug,
    kind: event.kind,
    status: event.status,
    startDate: event.startDate,
    endDate: event.endDate,
    timeZone: event.timeZone,
    venue: event.venue,
    city: event.city,
    country: event.country,
    hostOrganization: event.hostOrganization,
    website: event.website,
  }),
  'events',
);
