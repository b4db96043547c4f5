import { HttpStatus, Injectable } from '@nestjs/common';
import {
  DiscussionErrorCodes,
  disagreement,
  REMINDER_INTERVAL_HOURS,
  reviewerLeaning,
  summarizeScores,
  type Reminder,
} from '@summitdesk/contracts';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { CommitteeMeetingRepository } from './committee-meeting.repository.js';

// Fairness signals for the chair: how each reviewer scores against the committee, who still owes
// reviews (with a reminder at most once a day), and where the reviewers disagree. Everything is read
// through the chair's scope, so a conflicted chair's numbers leave their own talks out.
@Injectable()
export class FairnessService {
  constructor(
    private readonly repository: CommitteeMeetingRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async signals(actor: AuthUser, cfpId: number) {
    const manager = this.repository.manager;
    const scope = await ViewerScope.load(manager, actor);
    if (!scope.isChairOf(cfpId)) throw notFound('Call for papers');
    const [scores, missing, roster] = await Promise.all([
      this.repository.scores(manager, scope, cfpId),
      this.repository.missing(manager, scope, cfpId),
      this.repository.roster(manager, cfpId),
    ]);
    const committee = summarizeScores(scores.map((row) => row.score));
    const reviewerIds = [...new Set([...roster.map((m) => m.id), ...scores.map((s) => s.reviewerId), ...missing.map((m) => m.reviewerId)])];
    const names = new Map([...scores.map((s) => [s.reviewerId, s.reviewerName] as const), ...roster.map((m) => [m.id, m.name] as const)]);
    const reviewers = reviewerIds
      .map((reviewerId) => {
        const own = summarizeScores(scores.filter((s) => s.reviewerId === reviewerId).map((s) => s.score));
        const owed = missing.filter((m) => m.reviewerId === reviewerId);
        const seat = roster.find((m) => m.id === reviewerId);
        return {
          reviewerId,
          name: names.get(reviewerId) ?? '',
          ...own,
          deviation: own.mean === null || committee.mean === null ? null : Math.round((own.mean - committee.mean) * 100) / 100,
          leaning: reviewerLeaning(own, committee.mean),
          missing: owed.length,
          missingTitles: owed.map((m) => m.title),
          remindedAt: seat?.remindedAt ? new Date(seat.remindedAt).toISOString() : null,
        };
      })
      .filter((row) => row.count > 0 || row.missing > 0)
      .sort((a, b) => a.name.localeCompare(b.name) || a.reviewerId - b.reviewerId);
    const bySubmission = new Map<number, { title: string; scores: number[] }>();
    for (const row of scores) {
      const entry = bySubmission.get(row.submissionId) ?? { title: row.title, scores: [] };
      entry.scores.push(row.score);
      bySubmission.set(row.submissionId, entry);
    }
    const submissions = [...bySubmission.entries()]
      .map(([submissionId, entry]) => ({
        submissionId,
        title: entry.title,
        ...summarizeScores(entry.scores),
        min: Math.min(...entry.scores),
        max: Math.max(...entry.scores),
        ...disagreement(entry.scores),
      }))
      .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0) || a.submissionId - b.submissionId);
    return { id: cfpId, cfpId, committee, reviewers, submissions };
  }

  // One click queues one mail listing the talks still owed; a second within the interval is refused.
  remind(actor: AuthUser, cfpId: number, input: Reminder) {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      if (!scope.isChairOf(cfpId)) throw notFound('Call for papers');
      const owed = (await this.repository.missing(manager, scope, cfpId)).filter((m) => m.reviewerId === input.reviewerId);
      if (owed.length === 0)
        throw unprocessable(DiscussionErrorCodes.NOTHING_MISSING, 'This reviewer owes no reviews in this call', {
          reviewerId: 'has no missing reviews',
        });
      if (!(await this.repository.claimReminder(manager, cfpId, input.reviewerId, actor.id, REMINDER_INTERVAL_HOURS))) {
        const last = await this.repository.lastReminder(manager, cfpId, input.reviewerId);
        const next = last ? new Date(new Date(last).getTime() + REMINDER_INTERVAL_HOURS * 3_600_000) : null;
        throw new AppError(
          HttpStatus.CONFLICT,
          DiscussionErrorCodes.REMINDED_RECENTLY,
          `This reviewer was reminded less than ${REMINDER_INTERVAL_HOURS} hours ago; one reminder a day is enough`,
          {
            reviewerId:
              `was reminded at ${last ? new Date(last).toISOString() : 'just now'}; ` +
              `next possible after ${next?.toISOString() ?? 'a day'}`,
          },
        );
      }
      await this.notifications.queue(manager, {
        toUserId: input.reviewerId,
        kind: 'review_reminder',
        params: { talks: owed.map((missing) => missing.title) },
        link: { resource: 'review-queue', id: cfpId },
      });
      await this.audit.record(manager, actor, {
        entity: 'review_reminder',
        entityId: `${cfpId}:${input.reviewerId}`,
        action: 'remind',
        note: `${owed.length} missing`,
      });
      return { reviewerId: input.reviewerId, missing: owed.length, remindedAt: new Date().toISOString() };
    });
  }
}
