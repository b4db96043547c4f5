import { ContestEntryStatuses } from '@summitdesk/contracts';
import type { ListSpec } from '../common/list-query.js';

// `voterOrder` is not a column: the service sorts the contest's entries in the caller's own shuffle.
export const VOTER_ORDER = 'voterOrder';

export const contestEntryListSpec: ListSpec = {
  resource: 'contest-entries',
  sortable: {
    id: 'entry.id',
    title: 'entry.title',
    createdAt: 'entry.created_at',
    status: 'entry.status',
    contestId: 'entry.contest_id',
    [VOTER_ORDER]: 'entry.id',
  },
  filterable: {
    id: { column: 'entry.id', type: 'int' },
    contestId: { column: 'entry.contest_id', type: 'int' },
    authorId: { column: 'entry.author_id', type: 'int' },
    status: { column: 'entry.status', type: 'text', values: ContestEntryStatuses },
  },
  // Same expression as the ix_contest_entry_search trigram index.
  search: `(entry.title || ' ' || entry.description)`,
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'entry.id',
};
