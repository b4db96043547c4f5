import type { ListSpec } from '../common/list-query.js';

export const committeeListSpec: ListSpec = {
  resource: 'committees',
  sortable: { id: 'committee.id', name: 'committee.name', eventId: 'committee.event_id' },
  filterable: { id: { column: 'committee.id', type: 'int' }, eventId: { column: 'committee.event_id', type: 'int' } },
  search: 'committee.name',
  defaultSort: ['id', 'DESC'],
  idColumn: 'committee.id',
};

export const seatListSpec: ListSpec = {
  resource: 'committee-seats',
  sortable: { id: 'seat.id', role: 'seat.role', userName: 'member.name', affiliation: 'seat.affiliation' },
  filterable: {
    id: { column: 'seat.id', type: 'int' },
    committeeId: { column: 'seat.committee_id', type: 'int' },
    userId: { column: 'seat.user_id', type: 'int' },
    role: { column: 'seat.role', type: 'text', values: ['chair', 'reviewer'] },
  },
  search: `(member.name || ' ' || coalesce(seat.affiliation, ''))`,
  defaultSort: ['userName', 'ASC'],
  idColumn: 'seat.id',
};
