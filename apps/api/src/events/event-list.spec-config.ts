import { EventKinds, EventStatuses } from '@summitdesk/contracts';
import type { ListSpec } from '../common/list-query.js';

export const eventListSpec: ListSpec = {
  resource: 'events',
  sortable: { name: 'event.name', startDate: 'event.start_date', status: 'event.status', id: 'event.id', endDate: 'event.end_date' },
  filterable: {
    id: { column: 'event.id', type: 'int' },
    status: { column: 'event.status', type: 'text', values: EventStatuses },
    kind: { column: 'event.kind', type: 'text', values: EventKinds },
    country: { column: 'event.country', type: 'text' },
    slug: { column: 'event.slug', type: 'text' },
    startDate: { column: 'event.start_date', type: 'date', range: true },
    endDate: { column: 'event.end_date', type: 'date', range: true },
  },
  // Same expression as the ix_event_search trigram index.
  search:
    `(event.name || ' ' || coalesce(event.city, '') || ' ' || coalesce(event.venue, '') || ' ' || ` +
    `coalesce(event.host_organization, ''))`,
  defaultSort: ['startDate', 'ASC'],
  idColumn: 'event.id',
};
