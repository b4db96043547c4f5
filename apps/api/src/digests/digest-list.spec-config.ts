import { DigestStatuses } from '@summitdesk/contracts';
import type { ListSpec } from '../common/list-query.js';

export const digestListSpec: ListSpec = {
  resource: 'digests',
  sortable: { id: 'digest.id', week: 'digest.week', status: 'digest.status', sentAt: 'digest.sent_at' },
  filterable: {
    id: { column: 'digest.id', type: 'int' },
    week: { column: 'digest.week', type: 'text' },
    status: { column: 'digest.status', type: 'text', values: DigestStatuses },
  },
  search: 'digest.week',
  defaultSort: ['week', 'DESC'],
  idColumn: 'digest.id',
};
