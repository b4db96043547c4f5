import { Injectable } from '@nestjs/common';
import type { AssignmentPair } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SubmissionReader } from '../submissions/submission-reader.js';
import { ReviewAssignmentsRepository } from './review-assignments.repository.js';

// One e-mail per reviewer per assignment run, listing titles only: never who the speakers are.
@Injectable()
export class AssignmentMail {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly repository: ReviewAssignmentsRepository,
    private readonly submissions: SubmissionReader,
  ) {}

  async notify(manager: EntityManager, cfpId: number, pairs: AssignmentPair[]) {
    if (pairs.length === 0) return;
    const context = await this.repository.mailContext(manager, cfpId);
    const titleOf = await this.submissions.titles(manager, [...new Set(pairs.map((pair) => pair.submissionId))]);
    const byReviewer = new Map<number, number[]>();
    for (const pair of pairs) {
      const list = byReviewer.get(pair.reviewerId);
      if (list) list.push(pair.submissionId);
      else byReviewer.set(pair.reviewerId, [pair.submissionId]);
    }
    // All reviewers' mails in a few statements (an automatic run writes to a hundred at once).
    await this.notifications.queueMany(
      manager,
      [...byReviewer].map(([reviewerId, submissionIds]) => ({
        toUserId: reviewerId,
        link: { resource: 'submissions', id: submissionIds[0]! },
        kind: 'review_assigned' as const,
        params: {
          eventName: context.event_name,
          talks: submissionIds.map((id) => ({ id, title: titleOf.get(id) ?? `#${id}` })),
          closesAt: new Date(context.review_closes_at).toISOString(),
          timeZone: context.time_zone,
        },
      })),
    );
  }
}
