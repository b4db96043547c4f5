import { BoothShiftStatuses } from '@summitdesk/contracts';
import type { ListSpec } from '../common/list-query.js';

export const boothShiftListSpec: ListSpec = {
  resource: 'booth-shifts',
  sortable: { id: 'shift.id', day: 'shift.day', startTime: 'shift.start_time', status: 'shift.status', createdAt: 'shift.created_at' },
  filterable: {
    id: { column: 'shift.id', type: 'int' },
    boothProposalId: { column: 'shift.booth_proposal_id', type: 'int' },
    userId: { column: 'shift.user_id', type: 'int' },
    status: { column: 'shift.status', type: 'text', values: BoothShiftStatuses },
    day: { column: 'shift.day', type: 'date', range: true },
  },
  search: `volunteer.name`,
  defaultSort: ['day', 'ASC'],
  idColumn: 'shift.id',
};
