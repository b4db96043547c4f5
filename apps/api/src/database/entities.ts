import { AuditLogEntry } from '../audit-log/audit-log-entry.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { EmailVerificationEntity } from '../auth/email-verification.entity.js';
import { SpeakerInvitationEntity } from '../submissions/speaker-invitation.entity.js';
import { BudgetEntity } from '../budgets/budget.entity.js';
import { LedgerEntryEntity } from '../budgets/ledger-entry.entity.js';
import { OutboxMessageEntity } from '../notifications/outbox-message.entity.js';
import { InAppNotificationEntity } from '../notifications/in-app-notification.entity.js';
import { MailPreferenceEntity } from '../notifications/mail-preference.entity.js';
import { CommitteeEntity } from '../committees/committee.entity.js';
import { CommitteeSeatEntity } from '../committees/committee-seat.entity.js';
import { ConflictEntity } from '../conflicts/conflict.entity.js';
import { CfpEntity } from '../cfps/cfp.entity.js';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { SubmissionSpeakerEntity } from '../submissions/submission-speaker.entity.js';
import { ReviewAssignmentEntity } from '../review-assignments/review-assignment.entity.js';
import { ReviewEntity } from '../reviews/review.entity.js';
import { AuthorResponseEntity, ReviewFormEntity, ReviewRoundEntity } from '../reviews/review-form.entity.js';
import { AgendaSlotEntity } from '../agenda/agenda-slot.entity.js';
import { InventoryItemEntity } from '../inventory-items/inventory-item.entity.js';
import { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import { BoothProposalMaterialEntity } from '../booth-proposals/booth-proposal-material.entity.js';
import { BoothProposalPhotoEntity } from '../booth-proposals/booth-proposal-photo.entity.js';
import { BoothShiftEntity } from '../booth-shifts/booth-shift.entity.js';
import { ContestEntity } from '../contests/contest.entity.js';
import { ContestEntryEntity } from '../contest-entries/contest-entry.entity.js';
import { VoteEntity } from '../votes/vote.entity.js';
import { StockMovementEntity } from '../stock-movements/stock-movement.entity.js';
import { BannerEntity } from '../banners/banner.entity.js';
import { BannerHandOverEntity } from '../banners/banner-hand-over.entity.js';
import { BannerOrderEntity } from '../banners/banner-order.entity.js';
import { ShipmentEntity } from '../shipments/shipment.entity.js';
import { ShipmentLineEntity } from '../shipments/shipment-line.entity.js';
import { sponsorEntities } from '../sponsors/sponsor.entity.js';
import { sponsorshipPackageEntities } from '../sponsorship-packages/sponsorship-package.entity.js';
import { sponsorshipEntities } from '../sponsorships/sponsorship.entity.js';
import { PresentationEntity } from '../presentations/presentation.entity.js';
import { stripeEntities } from '../stripe/stripe-event.entity.js';
import { AnnouncementEntity } from '../announcements/announcement.entity.js';
import { SubscriberEntity } from '../subscriptions/subscriber.entity.js';
import { digestEntities } from '../digests/digest.entity.js';

// Every entity the API maps; each feature adds its own here (newer features export their list).
export const entities = [
  UserEntity,
  EventEntity,
  AuditLogEntry,
  OutboxMessageEntity,
  InAppNotificationEntity,
  MailPreferenceEntity,
  BudgetEntity,
  LedgerEntryEntity,
  CommitteeEntity,
  CommitteeSeatEntity,
  ConflictEntity,
  CfpEntity,
  SubmissionEntity,
  SubmissionSpeakerEntity,
  ReviewAssignmentEntity,
  ReviewEntity,
  ReviewFormEntity,
  ReviewRoundEntity,
  AuthorResponseEntity,
  AgendaSlotEntity,
  InventoryItemEntity,
  BoothProposalEntity,
  BoothProposalMaterialEntity,
  BoothProposalPhotoEntity,
  BoothShiftEntity,
  ContestEntity,
  ContestEntryEntity,
  VoteEntity,
  StockMovementEntity,
  BannerEntity,
  BannerHandOverEntity,
  BannerOrderEntity,
  ShipmentEntity,
  ShipmentLineEntity,
  EmailVerificationEntity,
  SpeakerInvitationEntity,
  ...stripeEntities,
  ...sponsorEntities,
  ...sponsorshipPackageEntities,
  ...sponsorshipEntities,
  PresentationEntity,
  AnnouncementEntity,
  SubscriberEntity,
  ...digestEntities,
];
