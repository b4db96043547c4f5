import { Injectable } from '@nestjs/common';
import type { AssignmentPair } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service.js';

// One e-mail per reviewer per assignment run, listing titles only: never who the speakers are.
@Injectable()
export class AssignmentMail {
  constructor(private readonly notifications: NotificationsService) {}

  async notify(manager: EntityManager, cfpId: number, pairs: AssignmentPair[]) {
    if (pairs.length === 0) return;
    const [context]: Array<{ event_name: string; review_closes_at: Date; time_zone: string }> = await manager.query(
      `SELECT e.name AS event_name, cfp.review_closes_at, cfp.time_zone FROM cfp JOIN event e ON e.id = cfp.event_id WHERE cfp.id = $1`,
      [cfpId],
    );
    const titles: Array<{ id: number; title: string }> = await manager.query(`SELECT id, title FROM submission WHERE id = ANY($1)`, [
      [...new Set(pairs.map((pair) => pair.submissionId))],
    ]);
    const titleOf = new Map(titles.map((row) => [row.id, row.title]));
    const byReviewer = new Map<number, number[]>();
    for (const pair of pairs) byReviewer.set(pair.reviewerId, [...(byReviewer.get(pair.reviewerId) ?? []), pair.submissionId]);
    const deadline = new Date(context.review_closes_at).toLocaleString('en-GB', {
      timeZone: context.time_zone,
      dateStyle: 'long',
      timeStyle: 'short',
    });
    for (const [reviewerId, submissionIds] of byReviewer) {
      const list = submissionIds.map((id) => `* ${titleOf.get(id)} (submission ${id})`).join('\n');
      await this.notifications.queue(manager, {
        toUserId: reviewerId,
        subject: `${submissionIds.length} new submission${submissionIds.length === 1 ? '' : 's'} to review for ${context.event_name}`,
        text:
          `You have been assigned to review:\n\n${list}\n\nReviews are due by ${deadline} (${context.time_zone}). Open ` +
          `"Review queue" in Summitdesk to start.`,
      });
    }
  }
}
