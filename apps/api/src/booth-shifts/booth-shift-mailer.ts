import { Injectable } from '@nestjs/common';
import type { BoothShiftStatus } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import type { AuthUser } from '../common/auth-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { BoothShiftEntity } from './booth-shift.entity.js';

type ShiftMail = { shift: BoothShiftEntity; proposal: BoothProposalEntity; eventName: string; actor: AuthUser };

const when = (shift: BoothShiftEntity) => `${shift.day}, ${shift.startTime.slice(0, 5)}–${shift.endTime.slice(0, 5)}`;

// The booth's proposer hears of offers and of volunteers dropping out; the volunteer hears the decision.
@Injectable()
export class BoothShiftMailer {
  constructor(private readonly notifications: NotificationsService) {}

  async offered(manager: EntityManager, { shift, proposal, eventName, actor }: ShiftMail) {
    if (proposal.proposerId === actor.id) return;
    await this.notifications.queue(manager, {
      toUserId: proposal.proposerId,
      kind: 'booth_shift_offered',
      params: { volunteer: actor.name, eventName, when: when(shift), proposalId: proposal.id },
      link: { resource: 'booth-proposals', id: proposal.id },
    });
  }

  async decided(manager: EntityManager, mail: ShiftMail & { status: BoothShiftStatus; note: string | null }) {
    const { shift, proposal, eventName, actor, status, note } = mail;
    const byVolunteer = actor.id === shift.userId;
    const toUserId = byVolunteer ? proposal.proposerId : shift.userId;
    if (toUserId === actor.id) return;
    await this.notifications.queue(manager, {
      toUserId,
      kind: 'booth_shift_decided',
      params: {
        byVolunteer,
        volunteer: shift.user?.name ?? 'A volunteer',
        actorName: actor.name,
        status,
        eventName,
        when: when(shift),
        note,
        proposalId: proposal.id,
      },
      link: { resource: 'booth-proposals', id: proposal.id },
    });
  }
}
