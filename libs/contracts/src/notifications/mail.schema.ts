import { z } from 'zod';
import { defineMachine } from '../common/state-machine.js';
import type { Role } from '../users/user.schema.js';

// The languages mail (and the account's choice of it) comes in.
export const MailLanguages = ['en', 'de'] as const;
export type MailLanguage = (typeof MailLanguages)[number];

// Every kind of mail Summitdesk sends; each has one template (EN and DE, text and HTML).
export const MailKinds = [
  'email_verification',
  'speaker_invitation',
  'subscription_confirmation',
  'submission_decision',
  'sponsorship_paid',
  'sponsorship_refunded',
  'contest_entry_hidden',
  'contest_won',
  'booth_proposal_step',
  'booth_proposal_reminder',
  'booth_report_reminder',
  'booth_shift_offered',
  'booth_shift_decided',
  'shipment_shipped',
  'shipment_warning',
  'review_assigned',
  'conflict_declared',
  'contest_voting_opened',
  'contest_voting_closed',
  'review_reminder',
  'review_second_round',
  'bidding_opened',
  'author_response',
  'discussion_mention',
  'digest',
  'announcement',
] as const;
export type MailKind = (typeof MailKinds)[number];

// Mail a member cannot turn off: account security, invitations and confirmations that carry a link
// only the mail delivers, receipts for money, and decisions about the member's own talk or entry.
export const RequiredMailKinds: readonly MailKind[] = [
  'email_verification',
  'speaker_invitation',
  'subscription_confirmation',
  'submission_decision',
  'sponsorship_paid',
  'sponsorship_refunded',
  'contest_entry_hidden',
  'contest_won',
];

// News mail follows the subscription settings (double opt-in), not these preferences.
export const SubscriptionMailKinds: readonly MailKind[] = ['digest', 'announcement'];

// The kinds a member chooses; all but "voting opened" (a new kind, opt-in) start switched on.
export const OptionalMailKinds = MailKinds.filter((kind) => !RequiredMailKinds.includes(kind) && !SubscriptionMailKinds.includes(kind));
export type OptionalMailKind = (typeof OptionalMailKinds)[number];
export const MailKindsOffByDefault: readonly MailKind[] = ['contest_voting_opened'];

export type MailPreferences = {
  id: 'me';
  language: MailLanguage;
  // One entry per optional kind.
  kinds: Record<string, boolean>;
  required: MailKind[];
};

export const UpdateMailPreferencesSchema = z
  .object({
    language: z.enum(MailLanguages).optional(),
    kinds: z.partialRecord(z.enum(OptionalMailKinds as unknown as [OptionalMailKind, ...OptionalMailKind[]]), z.boolean()).optional(),
    id: z.unknown().optional(),
    required: z.unknown().optional(),
  })
  .strict();
export type UpdateMailPreferences = z.infer<typeof UpdateMailPreferencesSchema>;

export const OutboxStatuses = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
export type OutboxStatus = (typeof OutboxStatuses)[number];

export const OutboxActions = ['retry'] as const;
export type OutboxAction = (typeof OutboxActions)[number];

// An organizer sends a failed mail again; a sent, skipped or waiting one is refused (409).
export const outboxMachine = defineMachine<OutboxStatus, OutboxAction, Role>('outgoing mail', {
  retry: { from: ['failed'], to: 'pending', by: ['organizer'] },
});

// A row of the organizers' outgoing-mail list.
export type OutgoingMail = {
  id: number;
  kind: string;
  status: OutboxStatus;
  toEmail: string;
  toUserId: number | null;
  subject: string;
  language: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

// The audit log's name for an outgoing mail (its retries are recorded).
export const NotificationAuditEntities = ['outbox_message'] as const;
