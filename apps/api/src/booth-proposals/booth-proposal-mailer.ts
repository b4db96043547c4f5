import { Inject, Injectable } from '@nestjs/common';
import type { BoothProposalAction } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { MailParams } from '../notifications/mail-templates.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { UserEntity } from '../users/user.entity.js';
import type { BoothProposalEntity } from './booth-proposal.entity.js';

// Which side waits on a step: organizer steps tell the proposer, proposer steps tell the organizers.
const TO_PROPOSER: ReadonlySet<BoothProposalAction> = new Set([
  'start_review',
  'request_changes',
  'approve',
  'reject',
  'cancel',
  'mark_paid',
  'mark_shipped',
  'close',
]);

export type ProposalMail = {
  proposal: BoothProposalEntity;
  eventName: string;
  action: BoothProposalAction;
  actor: AuthUser | null;
  note?: string | null;
  // The step follows from a parcel leaving (mark_shipped by the last parcel), which mailed already.
  byParcel?: boolean;
};

@Injectable()
export class BoothProposalMailer {
  constructor(
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  link(proposalId: number): string {
    return `${this.config.publicUrl}/booth-proposals/${proposalId}/show`;
  }

  // Queues the mail for one workflow step in the caller's transaction.
  async stepTaken(manager: EntityManager, mail: ProposalMail): Promise<void> {
    const { proposal, action, actor } = mail;
    const recipients = this.recipientsFor(proposal, action, actor);
    const ids = recipients === 'organizers' ? await this.organizerIds(manager, proposal) : [recipients];
    // The proposer already had the parcel's own mail when the last parcel leaving marked the booth shipped.
    if (action === 'mark_shipped' && mail.byParcel) return;
    const params = this.params(mail);
    for (const toUserId of ids) {
      if (toUserId !== actor?.id)
        await this.notifications.queue(manager, {
          toUserId,
          kind: 'booth_proposal_step',
          params,
          link: { resource: 'booth-proposals', id: proposal.id },
        });
    }
  }

  // Who hears about a reminder or a step: the reviewer once someone took the proposal, else every organizer.
  async organizerIds(manager: EntityManager, proposal: Pick<BoothProposalEntity, 'reviewerId'>): Promise<number[]> {
    if (proposal.reviewerId) return [proposal.reviewerId];
    const organizers = await manager.find(UserEntity, {
      where: { role: 'organizer', disabled: false },
      select: { id: true },
      order: { id: 'ASC' },
    });
    return organizers.map((user) => user.id);
  }

  private recipientsFor(proposal: BoothProposalEntity, action: BoothProposalAction, actor: AuthUser | null): number | 'organizers' {
    if (TO_PROPOSER.has(action)) return proposal.proposerId;
    // Held and report can come from either side; the other side hears of it.
    if ((action === 'mark_held' || action === 'report') && actor?.id !== proposal.proposerId) return proposal.proposerId;
    return 'organizers';
  }

  private params({ proposal, eventName, action, actor, note }: ProposalMail): MailParams<'booth_proposal_step'> {
    const approved = proposal.feeApproved !== null && proposal.approvedCurrency;
    return {
      eventName,
      action,
      actorName: actor?.name ?? null,
      approved:
        action === 'approve' && approved
          ? {
              fee: { amount: proposal.feeApproved!, currency: proposal.approvedCurrency! },
              asked: { amount: proposal.feeRequested, currency: proposal.currency },
            }
          : null,
      paid: action === 'mark_paid' && approved ? { amount: proposal.feeApproved!, currency: proposal.approvedCurrency! } : null,
      reportDue: action === 'mark_held' && proposal.proposerId !== actor?.id,
      note: note ?? null,
      proposalId: proposal.id,
    };
  }
}
