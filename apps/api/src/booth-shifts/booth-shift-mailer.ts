import { Injectable } from '@nestjs/common';
import type { BoothShiftStatus } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { BoothProposalMailer } from '../booth-proposals/booth-proposal-mailer.js';
import type { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import type { AuthUser } from '../common/auth-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { BoothShiftEntity } from './booth-shift.entity.js';

type ShiftMail = { shift: BoothShiftEntity; proposal: BoothProposalEntity; eventName: string; actor: AuthUser };

const when = (shift: BoothShiftEntity) => `${shift.day}, ${shift.startTime.slice(0, 5)}–${shift.endTime.slice(0, 5)}`;

// The booth's proposer hears of offers and of volunteers dropping out; the volunteer hears the decision.
@Injectable()
export class BoothShiftMailer {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly proposals: BoothProposalMailer,
  ) {}

  async offered(manager: EntityManager, { shift, proposal, eventName, actor }: ShiftMail) {
    if (proposal.proposerId === actor.id) return;
    await this.notifications.queue(manager, {
      toUserId: proposal.proposerId,
      subject: `Booth at ${eventName}: ${actor.name} offers a shift`,
      text:
        `${actor.name} offers to staff your booth at ${eventName} on ${when(shift)} (event time).\n\nConfirm or decline it: ` +
        `${this.proposals.link(proposal.id)}`,
    });
  }

  async decided(manager: EntityManager, mail: ShiftMail & { status: BoothShiftStatus; note: string | null }) {
    const { shift, proposal, eventName, actor, status, note } = mail;
    const byVolunteer = actor.id === shift.userId;
    const toUserId = byVolunteer ? proposal.proposerId : shift.userId;
    if (toUserId === actor.id) return;
    const volunteer = shift.user?.name ?? 'A volunteer';
    const text = byVolunteer
      ? `${volunteer} cancelled their shift at your booth at ${eventName} on ${when(shift)}.`
      : `${actor.name} ${status} your shift at the booth at ${eventName} on ${when(shift)} (event time).`;
    await this.notifications.queue(manager, {
      toUserId,
      subject: `Booth at ${eventName}: shift ${status}`,
      text: [text, note ? `\n${note}` : '', `\nOpen the booth: ${this.proposals.link(proposal.id)}`].join(''),
    });
  }
}
