import { ContestStatuses } from '@summitdesk/contracts';
import type { ListSpec } from '../common/list-query.js';

// contestStatus() from the contracts, in SQL, so lists can filter on it ("contests open for votes").
const CONTEST_STATUS_SQL = `(CASE WHEN contest.stage <> 'published' THEN contest.stage
  WHEN now() < contest.entries_open_at THEN 'upcoming'
  WHEN now() < contest.entries_close_at THEN 'entries_open'
  WHEN now() < contest.voting_opens_at THEN 'entries_closed'
  WHEN now() < contest.voting_closes_at THEN 'voting'
  ELSE 'closed' END)`;

export const contestListSpec: ListSpec = {
  resource: 'contests',
  sortable: {
    id: 'contest.id',
    title: 'contest.title',
    entriesOpenAt: 'contest.entries_open_at',
    votingClosesAt: 'contest.voting_closes_at',
  },
  filterable: {
    id: { column: 'contest.id', type: 'int' },
    status: { column: CONTEST_STATUS_SQL, type: 'text', values: ContestStatuses },
    currency: { column: 'contest.currency', type: 'text' },
    entriesOpenAt: { column: 'contest.entries_open_at', type: 'instant', range: true },
    votingClosesAt: { column: 'contest.voting_closes_at', type: 'instant', range: true },
  },
  // Same expression as the ix_contest_search trigram index.
  search: 'contest.title',
  defaultSort: ['entriesOpenAt', 'DESC'],
  idColumn: 'contest.id',
};
