import { Injectable } from '@nestjs/common';
import type { ReviewAnswers, ReviewField } from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ReviewRoundEntity } from './review-form.entity.js';

// The reviews feature's own data access: its transactions, and the manager its reads and the
// ranking's aggregate queries run on.
@Injectable()
export class ReviewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  // Each submission's CfP and that CfP's review form fields (none without a form).
  async formsOfSubmissions(
    manager: EntityManager,
    submissionIds: number[],
  ): Promise<Map<number, { cfpId: number; fields: ReviewField[] }>> {
    const rows: Array<{ id: number; cfp_id: number; fields: ReviewField[] | null }> = await manager.query(
      `SELECT s.id, s.cfp_id, f.fields FROM submission s LEFT JOIN review_form f ON f.cfp_id = s.cfp_id WHERE s.id = ANY($1)`,
      [submissionIds],
    );
    return new Map(rows.map((row) => [row.id, { cfpId: row.cfp_id, fields: row.fields ?? [] }]));
  }

  // The submission's current round (1 without a row).
  async currentRound(manager: EntityManager, submissionId: number): Promise<number> {
    const rows: Array<{ round: number }> = await manager.query(`SELECT round FROM review_round WHERE submission_id = $1`, [submissionId]);
    return rows[0]?.round ?? 1;
  }

  // The submission's round row, made on first need so that the round machine has a record to lock.
  async roundRow(manager: EntityManager, submissionId: number): Promise<ReviewRoundEntity> {
    await manager.query(`INSERT INTO review_round (submission_id) VALUES ($1) ON CONFLICT (submission_id) DO NOTHING`, [submissionId]);
    return manager.findOneByOrFail(ReviewRoundEntity, { submissionId });
  }

  // Every answer given in the CfP's reviews, for checking a form change against them.
  answersOfCfp(manager: EntityManager, cfpId: number): Promise<Array<{ answers: ReviewAnswers }>> {
    return manager.query(
      `SELECT r.answers FROM review r JOIN submission s ON s.id = r.submission_id WHERE s.cfp_id = $1 AND r.answers <> '{}'::jsonb`,
      [cfpId],
    );
  }

  assignedReviewers(manager: EntityManager, submissionId: number): Promise<Array<{ reviewer_id: number }>> {
    return manager.query(
      `SELECT ra.reviewer_id FROM review_assignment ra WHERE ra.submission_id = $1
         AND NOT EXISTS (SELECT 1 FROM submission_conflict sc WHERE sc.submission_id = ra.submission_id AND sc.reviewer_id = ra.reviewer_id)
       ORDER BY ra.reviewer_id`,
      [submissionId],
    );
  }

  // The viewer's relation to a submission: one of its speakers, or on its committee without conflict.
  isSpeaker(manager: EntityManager, submissionId: number, userId: number): Promise<boolean> {
    return manager
      .query(`SELECT 1 FROM submission_speaker WHERE submission_id = $1 AND user_id = $2 AND status <> 'declined'`, [submissionId, userId])
      .then((rows: unknown[]) => rows.length > 0);
  }

  hasAuthorResponse(manager: EntityManager, submissionId: number): Promise<boolean> {
    return manager
      .query(`SELECT 1 FROM author_response WHERE submission_id = $1`, [submissionId])
      .then((rows: unknown[]) => rows.length > 0);
  }

  // The review's own history from the audit log: its creation, every later change and its submission.
  reviewHistory(
    manager: EntityManager,
    reviewId: number,
  ): Promise<
    Array<{
      id: number;
      at: Date;
      actor_name: string | null;
      action: string;
      changes: Record<string, { from: unknown; to: unknown }> | null;
    }>
  > {
    return manager.query(
      `SELECT a.id, a.at, u.name AS actor_name, a.action, a.changes FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_id
        WHERE a.entity = 'review' AND a.entity_id = $1 ORDER BY a.id`,
      [String(reviewId)],
    );
  }
}
