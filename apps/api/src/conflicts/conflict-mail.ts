import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';

// A reviewer who declares a conflict while review runs is believed at once (the talks leave their
// view), but the chairs hear of it: declaring is the one input left that could probe who wrote an
// anonymous talk, and it cannot be taken back, so a run of them is for a person to notice.
@Injectable()
export class ConflictMail {
  constructor(private readonly notifications: NotificationsService) {}

  async tellChairs(
    manager: EntityManager,
    reviewer: AuthUser,
    target: { userId: number | null; organization: string | null },
    released: number,
  ) {
    const chairs: Array<{ id: number; event_name: string }> = await manager.query(
      `SELECT DISTINCT chair.user_id AS id, e.name AS event_name
         FROM committee_seat mine
         JOIN committee c ON c.id = mine.committee_id
         JOIN cfp ON cfp.event_id = c.event_id AND cfp.opens_at <= now()
         JOIN event e ON e.id = c.event_id
         JOIN committee_seat chair ON chair.committee_id = c.id AND chair.role = 'chair' AND chair.user_id <> mine.user_id
        WHERE mine.user_id = $1`,
      [reviewer.id],
    );
    if (chairs.length === 0) return;
    const [person]: Array<{ name: string }> = target.userId
      ? await manager.query(`SELECT name FROM app_user WHERE id = $1`, [target.userId])
      : [];
    const what = target.organization ? `the organisation "${target.organization}"` : `${person?.name ?? 'a member'}`;
    for (const chair of chairs) {
      await this.notifications.queue(manager, {
        toUserId: chair.id,
        subject: `${reviewer.name} declared a conflict of interest during review for ${chair.event_name}`,
        text:
          `${reviewer.name} declared a conflict of interest with ${what}; ${released} assignment(s) went back to the ` +
          `pool.\n\nWhile review runs, only a chair or an organizer can remove it (Committees → Conflicts of interest).`,
      });
    }
  }
}
