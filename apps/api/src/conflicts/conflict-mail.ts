import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { UserEntity } from '../users/user.entity.js';
import { ConflictsRepository } from './conflicts.repository.js';

// A reviewer who declares a conflict while review runs is believed at once (the talks leave their
// view), but the chairs hear of it: declaring is the one input left that could probe who wrote an
// anonymous talk, and it cannot be taken back, so a run of them is for a person to notice.
@Injectable()
export class ConflictMail {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly repository: ConflictsRepository,
  ) {}

  async tellChairs(
    manager: EntityManager,
    reviewer: AuthUser,
    target: { userId: number | null; organization: string | null; submissionTitle?: string | null },
    released: number,
  ) {
    const chairs = await this.repository.chairsUnderWay(manager, reviewer.id);
    if (chairs.length === 0) return;
    const person = target.userId ? await manager.findOneBy(UserEntity, { id: target.userId }) : null;
    for (const chair of chairs) {
      await this.notifications.queue(manager, {
        toUserId: chair.id,
        kind: 'conflict_declared',
        params: {
          reviewer: reviewer.name,
          eventName: chair.event_name,
          organization: target.organization,
          person: person?.name ?? null,
          submission: target.submissionTitle ?? null,
          released,
        },
      });
    }
  }
}
