import { Inject, Injectable } from '@nestjs/common';
import { formatMoney, type BoothProposalAction } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
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

const HEADLINES: Record<BoothProposalAction, string> = {
  submit: 'submitted for review',
  start_review: 'under review',
  request_changes: 'changes requested',
  approve: 'approved',
  reject: 'not approved',
  withdraw: 'withdrawn',
  cancel: 'cancelled',
  mark_paid: 'booth fee paid',
  mark_shipped: 'materials shipped',
  mark_held: 'booth held',
  report: 'report filed',
  close: 'closed',
};

export type ProposalMail = {
  proposal: BoothProposalEntity;
  eventName: string;
  action: BoothProposalAction;
  actor: AuthUser | null;
  note?: string | null;
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
    const subject = `Booth at ${mail.eventName}: ${HEADLINES[action]}`;
    const text = this.body(mail);
    for (const toUserId of ids) {
      if (toUserId !== actor?.id)
        await this.notifications.queue(manager, { toUserId, subject, text, link: { resource: 'booth-proposals', id: proposal.id } });
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

  private body({ proposal, eventName, action, actor, note }: ProposalMail): string {
    const lines = [`${actor?.name ?? 'Summitdesk'} marked the booth proposal for ${eventName} as ${HEADLINES[action]}.`];
    if (action === 'approve' && proposal.feeApproved !== null && proposal.approvedCurrency) {
      lines.push(
        `Approved booth fee: ${formatMoney(proposal.feeApproved, proposal.approvedCurrency)} (asked: ` +
          `${formatMoney(proposal.feeRequested, proposal.currency)}).`,
      );
    }
    if (action === 'mark_paid' && proposal.feeApproved !== null && proposal.approvedCurrency) {
      lines.push(`The booth fee of ${formatMoney(proposal.feeApproved, proposal.approvedCurrency)} has been paid.`);
    }
    if (action === 'mark_held' && proposal.proposerId !== actor?.id)
      lines.push('Please file the post-event report: visitors, leads, photos, actual spend and lessons.');
    if (note) lines.push('', note);
    lines.push('', `Open the proposal: ${this.link(proposal.id)}`);
    return lines.join('\n');
  }
}
