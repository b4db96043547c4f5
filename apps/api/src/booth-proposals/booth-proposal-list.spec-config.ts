import { BannerChoices, BoothProposalStatuses } from '@summitdesk/contracts';
import type { ListSpec } from '../common/list-query.js';

export const boothProposalListSpec: ListSpec = {
  resource: 'booth-proposals',
  sortable: {
    id: 'proposal.id',
    createdAt: 'proposal.created_at',
    status: 'proposal.status',
    statusChangedAt: 'proposal.status_changed_at',
    feeRequested: 'proposal.fee_requested',
    eventStartDate: 'event.start_date',
  },
  filterable: {
    id: { column: 'proposal.id', type: 'int' },
    status: { column: 'proposal.status', type: 'text', values: BoothProposalStatuses },
    eventId: { column: 'proposal.event_id', type: 'int' },
    proposerId: { column: 'proposal.proposer_id', type: 'int' },
    reviewerId: { column: 'proposal.reviewer_id', type: 'int' },
    banner: { column: 'proposal.banner', type: 'text', values: BannerChoices },
    currency: { column: 'proposal.currency', type: 'text' },
    createdAt: { column: 'proposal.created_at', type: 'instant', range: true },
  },
  // The pitch has a trigram index; the event's name is searched through the join.
  search: `(proposal.pitch || ' ' || coalesce(event.name, proposal.new_event->>'name', ''))`,
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'proposal.id',
};
