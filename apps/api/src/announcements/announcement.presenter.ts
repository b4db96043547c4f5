import { allowedAnnouncementActions, type Announcement, type AnnouncementHat, type PublicAnnouncement } from '@summitdesk/contracts';
import { renderAnnouncement } from './announcement-markdown.js';
import type { AnnouncementEntity } from './announcement.entity.js';

export function presentAnnouncement(row: AnnouncementEntity, hats: readonly AnnouncementHat[] = []): Announcement {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    bodyHtml: renderAnnouncement(row.body),
    eventId: row.eventId,
    cfpId: row.cfpId,
    contestId: row.contestId,
    boothProposalId: row.boothProposalId,
    status: row.status,
    publishAt: row.publishAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    pinned: row.pinned,
    authorId: row.authorId,
    authorName: row.author?.name ?? null,
    suggestionKey: row.suggestionKey,
    allowedActions: allowedAnnouncementActions(row.status, hats),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentPublicAnnouncement(row: AnnouncementEntity): PublicAnnouncement {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    bodyHtml: renderAnnouncement(row.body),
    eventId: row.eventId,
    cfpId: row.cfpId,
    contestId: row.contestId,
    boothProposalId: row.boothProposalId,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    pinned: row.pinned,
    authorName: row.author?.name ?? null,
  };
}
