import { AnnouncementStatuses } from '@summitdesk/contracts';
import type { ListSpec } from '../common/list-query.js';

export const announcementListSpec: ListSpec = {
  resource: 'announcements',
  sortable: {
    id: 'announcement.id',
    title: 'announcement.title',
    status: 'announcement.status',
    pinned: 'announcement.pinned',
    publishAt: 'announcement.publish_at',
    publishedAt: 'announcement.published_at',
    createdAt: 'announcement.created_at',
  },
  filterable: {
    id: { column: 'announcement.id', type: 'int' },
    status: { column: 'announcement.status', type: 'text', values: AnnouncementStatuses },
    pinned: { column: 'announcement.pinned', type: 'bool' },
    eventId: { column: 'announcement.event_id', type: 'int' },
    cfpId: { column: 'announcement.cfp_id', type: 'int' },
    contestId: { column: 'announcement.contest_id', type: 'int' },
    boothProposalId: { column: 'announcement.booth_proposal_id', type: 'int' },
    publishedAt: { column: 'announcement.published_at', type: 'instant', range: true },
  },
  // Same expression as the ix_announcement_search trigram index.
  search: 'announcement.title',
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'announcement.id',
};
