import { Injectable } from '@nestjs/common';
import { UnreviewedSubmissionStatuses, type MeetingOrderMode } from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { ViewerScope } from '../cfps/viewer-scope.js';

export type MeetingRow = { cfp_id: number; order_mode: MeetingOrderMode; submission_ids: number[]; position: number; version: number };

export type ItemFacts = {
  id: number;
  title: string;
  meanScore: number | null;
  spread: number | null;
  pendingDecision: string | null;
  visible: boolean;
  conflicted: boolean;
};

export type ScoreRow = { reviewerId: number; reviewerName: string; submissionId: number; title: string; score: number };

// The meeting's and the fairness page's data access: the persisted order, and committee facts read
// through the viewer's scope so that a conflicted chair's numbers leave out what they may not see.
@Injectable()
export class CommitteeMeetingRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async meeting(manager: EntityManager, cfpId: number, lock = false): Promise<MeetingRow | undefined> {
    const rows: MeetingRow[] = await manager.query(
      `SELECT cfp_id, order_mode, submission_ids, position, version FROM committee_meeting WHERE cfp_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [cfpId],
    );
    return rows[0];
  }

  // Every talk of the call that went to review, with its scores: the agenda's raw material, whoever
  // asks (each viewer is then shown only what they may see of it).
  candidates(manager: EntityManager, cfpId: number): Promise<Array<{ submissionId: number; scores: number[] }>> {
    return manager.query(
      `SELECT s.id AS "submissionId", coalesce(array_agg(r.score ORDER BY r.id) FILTER (WHERE r.id IS NOT NULL), '{}') AS scores
         FROM submission s LEFT JOIN review r ON r.submission_id = s.id
        WHERE s.cfp_id = $1 AND NOT (s.status = ANY($2)) GROUP BY s.id ORDER BY s.id LIMIT 5000`,
      [cfpId, UnreviewedSubmissionStatuses],
    );
  }

  async save(manager: EntityManager, cfpId: number, mode: MeetingOrderMode, ids: number[], position: number): Promise<void> {
    await manager.query(
      `INSERT INTO committee_meeting (cfp_id, order_mode, submission_ids, position) VALUES ($1, $2, $3, $4)
       ON CONFLICT (cfp_id) DO UPDATE SET order_mode = $2, submission_ids = $3, position = $4,
         version = committee_meeting.version + 1, updated_at = now()`,
      [cfpId, mode, ids, position],
    );
  }

  async move(manager: EntityManager, cfpId: number, position: number): Promise<void> {
    await manager.query(`UPDATE committee_meeting SET position = $2, version = version + 1, updated_at = now() WHERE cfp_id = $1`, [
      cfpId,
      position,
    ]);
  }

  async facts(manager: EntityManager, scope: ViewerScope, ids: number[]): Promise<Map<number, ItemFacts>> {
    if (ids.length === 0) return new Map();
    const rows = await scope
      .bind(manager.createQueryBuilder())
      .select('submission.id', 'id')
      .addSelect('submission.title', 'title')
      .addSelect('submission.pending_decision', 'pendingDecision')
      .addSelect('(SELECT round(avg(r.score), 2)::float FROM review r WHERE r.submission_id = submission.id)', 'meanScore')
      .addSelect('(SELECT (max(r.score) - min(r.score))::int FROM review r WHERE r.submission_id = submission.id)', 'spread')
      .addSelect(scope.committeeSql('submission'), 'visible')
      .addSelect(`NOT ${scope.notConflictedSql('submission')}`, 'conflicted')
      .from('submission', 'submission')
      .where('submission.id = ANY(:ids)', { ids })
      .getRawMany<ItemFacts>();
    return new Map(rows.map((row) => [row.id, row]));
  }

  reviews(manager: EntityManager, scope: ViewerScope, submissionId: number) {
    return scope
      .bind(manager.createQueryBuilder())
      .select(['review.id AS id', 'review.score AS score', 'review.confidence AS confidence'])
      .addSelect(['review.comment_to_speakers AS "commentToSpeakers"', 'review.comment_to_committee AS "commentToCommittee"'])
      .addSelect('reviewer.name', 'reviewerName')
      .from('review', 'review')
      .innerJoin('submission', 'submission', 'submission.id = review.submission_id')
      .innerJoin('app_user', 'reviewer', 'reviewer.id = review.reviewer_id')
      .where('review.submission_id = :submissionId', { submissionId })
      .andWhere(scope.reviewVisibleSql('submission', 'review'))
      .orderBy('review.id')
      .getRawMany<{ id: number; score: number; confidence: number; commentToSpeakers: string | null; reviewerName: string }>();
  }

  // Every score of the call the viewer may see as committee (a conflicted chair's own talks left out).
  scores(manager: EntityManager, scope: ViewerScope, cfpId: number): Promise<ScoreRow[]> {
    return scope
      .bind(manager.createQueryBuilder())
      .select(['review.reviewer_id AS "reviewerId"', 'reviewer.name AS "reviewerName"', 'submission.id AS "submissionId"'])
      .addSelect(['submission.title AS title', 'review.score AS score'])
      .from('review', 'review')
      .innerJoin('submission', 'submission', 'submission.id = review.submission_id')
      .innerJoin('app_user', 'reviewer', 'reviewer.id = review.reviewer_id')
      .where('submission.cfp_id = :cfpId', { cfpId })
      .andWhere(scope.committeeSql('submission'))
      .orderBy('submission.id')
      .addOrderBy('review.id')
      .limit(50_000)
      .getRawMany<ScoreRow>();
  }

  // Assignments without a review, per reviewer, on talks the viewer may see.
  missing(
    manager: EntityManager,
    scope: ViewerScope,
    cfpId: number,
  ): Promise<Array<{ reviewerId: number; submissionId: number; title: string }>> {
    return scope
      .bind(manager.createQueryBuilder())
      .select(['ra.reviewer_id AS "reviewerId"', 'submission.id AS "submissionId"', 'submission.title AS title'])
      .from('review_assignment', 'ra')
      .innerJoin('submission', 'submission', 'submission.id = ra.submission_id')
      .where('submission.cfp_id = :cfpId', { cfpId })
      .andWhere('NOT EXISTS (SELECT 1 FROM review done WHERE done.submission_id = ra.submission_id AND done.reviewer_id = ra.reviewer_id)')
      .andWhere(scope.committeeSql('submission'))
      .orderBy('submission.id')
      .limit(50_000)
      .getRawMany();
  }

  roster(manager: EntityManager, cfpId: number): Promise<Array<{ id: number; name: string; role: string; remindedAt: Date | null }>> {
    return manager.query(
      `SELECT u.id, u.name, seat.role, rr.sent_at AS "remindedAt" FROM cfp JOIN committee c ON c.event_id = cfp.event_id
         JOIN committee_seat seat ON seat.committee_id = c.id JOIN app_user u ON u.id = seat.user_id
         LEFT JOIN review_reminder rr ON rr.cfp_id = cfp.id AND rr.reviewer_id = u.id
        WHERE cfp.id = $1 ORDER BY u.name, u.id LIMIT 1000`,
      [cfpId],
    );
  }

  // Claims the reminder slot: one row per reviewer and call, taken again only after the interval.
  // Two chairs clicking at once get one reminder between them.
  async claimReminder(manager: EntityManager, cfpId: number, reviewerId: number, senderId: number, hours: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO review_reminder (cfp_id, reviewer_id, sent_by) VALUES ($1, $2, $3)
       ON CONFLICT (cfp_id, reviewer_id) DO UPDATE SET sent_at = now(), sent_by = $3
        WHERE review_reminder.sent_at <= now() - make_interval(hours => $4) RETURNING sent_at`,
      [cfpId, reviewerId, senderId, hours],
    );
    return rows.length > 0;
  }

  async lastReminder(manager: EntityManager, cfpId: number, reviewerId: number): Promise<Date | null> {
    const rows: Array<{ sent_at: Date }> = await manager.query(
      `SELECT sent_at FROM review_reminder WHERE cfp_id = $1 AND reviewer_id = $2`,
      [cfpId, reviewerId],
    );
    return rows[0]?.sent_at ?? null;
  }
}
