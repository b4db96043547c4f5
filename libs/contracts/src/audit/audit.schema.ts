import { PresentationAuditEntities } from '../presentations/presentation.errors.js';
import { NewsAuditEntities } from '../news/news.errors.js';
import { SponsorshipAuditEntities } from '../sponsorships/sponsorship.errors.js';
import { NotificationAuditEntities } from '../notifications/mail.schema.js';

// Every record type the audit log names, in the singular with underscores: the table's own name, so
// one name runs from the table to the history. The API types its audit rows with this list and the
// admin's filter offers it in full; a feature adds its entity to its group here.
const EventAuditEntities = ['event', 'user'] as const;
const BoothAuditEntities = ['booth_proposal', 'booth_shift', 'inventory_item', 'shipment', 'banner', 'banner_order'] as const;
const MoneyAuditEntities = ['budget', 'ledger_entry'] as const;
const ContestAuditEntities = ['contest', 'contest_entry', 'vote'] as const;
const CallForPapersAuditEntities = [
  'cfp',
  'submission',
  'committee',
  'committee_seat',
  'conflict',
  'review',
  'review_assignment',
  'review_form',
  'review_round',
  'author_response',
  'agenda_slot',
  'agenda_layout',
  'discussion_comment',
  'committee_meeting',
  'review_reminder',
  'bid',
  'topic_interest',
] as const;

export const AuditEntities = [
  ...EventAuditEntities,
  ...BoothAuditEntities,
  ...MoneyAuditEntities,
  ...ContestAuditEntities,
  ...CallForPapersAuditEntities,
  ...SponsorshipAuditEntities,
  ...PresentationAuditEntities,
  ...NewsAuditEntities,
  ...NotificationAuditEntities,
] as const;
export type AuditEntity = (typeof AuditEntities)[number];

export type AuditEntry = {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  entity: AuditEntity;
  entityId: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  note: string | null;
};
