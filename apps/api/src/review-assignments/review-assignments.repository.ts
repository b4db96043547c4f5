import { Injectable } from '@nestjs/common';
import type { CfpReviewProgress, SeatRole } from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ReviewAssignmentEntity } from './review-assignment.entity.js';

type Pair = { submissionId: number; reviewerId: number };

// Takes back the assignments of a reviewer that have no review yet, on the submissions the given
// condition picks (`ra` is the assignment); returns how many went back to the pool.
async function releaseUnreviewed(manager: EntityManager, reviewerId: number, where: string, params: unknown[]): Promise<number> {
  const [rows]: [Array<{ id: number }>, number] = await manager.query(
    `DELETE FROM review_assignment ra
      WHERE ra.reviewer_id = $1 AND ${where}
        AND NOT EXISTS (SELECT 1 FROM review r WHERE r.submission_id = ra.submission_id AND r.reviewer_id = ra.reviewer_id)
      RETURNING ra.id`,
    [reviewerId, ...params],
  );
  return rows.length;
}

// A member leaving a committee: their unreviewed assignments on that summit's submissions.
export function releaseSeatAssignments(manager: EntityManager, committeeId: number, reviewerId: number): Promise<number> {
  return releaseUnreviewed(
    manager,
    reviewerId,
    `EXISTS (SELECT 1 FROM submission s JOIN cfp ON cfp.id = s.cfp_id JOIN committee c ON c.event_id = cfp.event_id
              WHERE s.id = ra.submission_id AND c.id = $2)`,
    [committeeId],
  );
}

// The review-assignments feature's own data access: its transactions, the review_assignment table,
// and the committee, conflict and review facts an assignment is checked against.
@Injectable()
export class ReviewAssignmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  // A reviewer newly conflicted: their unreviewed assignments on the submissions they are now
  // conflicted on.
  releaseConflicted(manager: EntityManager, reviewerId: number): Promise<number> {
    return releaseUnreviewed(
      manager,
      reviewerId,
      `EXISTS (SELECT 1 FROM submission_conflict sc WHERE sc.submission_id = ra.submission_id AND sc.reviewer_id = ra.reviewer_id)`,
      [],
    );
  }

  async hasSeat(manager: EntityManager, cfpId: number, userId: number): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM committee_seat seat JOIN committee c ON c.id = seat.committee_id JOIN cfp ON cfp.event_id = c.event_id
        WHERE cfp.id = $1 AND seat.user_id = $2`,
      [cfpId, userId],
    );
    return rows.length > 0;
  }

  async isConflicted(manager: EntityManager, submissionId: number, reviewerId: number): Promise<boolean> {
    const rows = await manager.query(`SELECT reason FROM submission_conflict WHERE submission_id = $1 AND reviewer_id = $2`, [
      submissionId,
      reviewerId,
    ]);
    return rows.length > 0;
  }

  async hasReviewed(manager: EntityManager, submissionId: number, reviewerId: number): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM review WHERE submission_id = $1 AND reviewer_id = $2`, [submissionId, reviewerId]);
    return rows.length > 0;
  }

  // The assignment, share-locked until the caller's transaction ends (a review being written
  // against it); false when there is none.
  async holdAssignment(manager: EntityManager, submissionId: number, reviewerId: number): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM review_assignment WHERE submission_id = $1 AND reviewer_id = $2 FOR SHARE`, [
      submissionId,
      reviewerId,
    ]);
    return rows.length > 0;
  }

  // Inserts one assignment unless it exists; its id, or undefined for a duplicate.
  async insertOne(manager: EntityManager, pair: Pair, source: 'manual' | 'automatic'): Promise<number | undefined> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ReviewAssignmentEntity)
      .values({ ...pair, source })
      .orIgnore()
      .returning(['id'])
      .execute();
    return inserted.raw[0]?.id as number | undefined;
  }

  // Inserts the automatic assignments; their ids, for the audit log.
  async insertAutomatic(manager: EntityManager, pairs: Pair[]): Promise<Array<Pair & { id: number }>> {
    if (pairs.length === 0) return [];
    return manager.query(
      `INSERT INTO review_assignment (submission_id, reviewer_id, source) SELECT * , 'automatic' FROM unnest($1::int[], $2::int[])
       RETURNING id, submission_id AS "submissionId", reviewer_id AS "reviewerId"`,
      [pairs.map((pair) => pair.submissionId), pairs.map((pair) => pair.reviewerId)],
    );
  }

  // The reviewers automatic assignment picks from: the committee's members with the given role.
  reviewersOf(manager: EntityManager, eventId: number, role: SeatRole): Promise<Array<{ id: number; tracks: string[] }>> {
    return manager.query(
      `SELECT seat.user_id AS id, seat.track_preferences AS tracks FROM committee_seat seat JOIN committee c ON c.id = seat.committee_id
        WHERE c.event_id = $1 AND seat.role = $2 ORDER BY seat.user_id`,
      [eventId, role],
    );
  }

  // The conflict view is a UNION of five rules: a join on it is computed for every submission of
  // every call first, while a condition on its own column (the call's ids, collected once) is applied
  // inside each rule (at 10,000 submissions 110 ms → 12 ms).
  conflictsIn(manager: EntityManager, cfpId: number): Promise<Pair[]> {
    return manager.query(
      `SELECT sc.submission_id AS "submissionId", sc.reviewer_id AS "reviewerId"
         FROM submission_conflict sc WHERE sc.submission_id = ANY(ARRAY(SELECT id FROM submission WHERE cfp_id = $1)) ORDER BY 1, 2`,
      [cfpId],
    );
  }

  assignmentsIn(manager: EntityManager, cfpId: number): Promise<Pair[]> {
    return manager.query(
      `SELECT ra.submission_id AS "submissionId", ra.reviewer_id AS "reviewerId"
         FROM review_assignment ra JOIN submission s ON s.id = ra.submission_id WHERE s.cfp_id = $1 ORDER BY 1, 2`,
      [cfpId],
    );
  }

  // The reviewers' bids on the call's submissions (the bids feature writes them; assignment reads).
  bidsIn(manager: EntityManager, cfpId: number): Promise<Array<Pair & { value: number }>> {
    return manager.query(
      `SELECT b.submission_id AS "submissionId", b.reviewer_id AS "reviewerId", b.value
         FROM bid b JOIN submission s ON s.id = b.submission_id WHERE s.cfp_id = $1 ORDER BY 1, 2`,
      [cfpId],
    );
  }

  // Topic interests the committee's members stated, per user.
  interestsIn(manager: EntityManager, eventId: number): Promise<Array<{ userId: number; topic: string; value: number }>> {
    return manager.query(
      `SELECT ti.user_id AS "userId", ti.topic, ti.value FROM topic_interest ti JOIN committee c ON c.id = ti.committee_id
        WHERE c.event_id = $1 ORDER BY 1, 2`,
      [eventId],
    );
  }

  // Names for the preview's lists.
  userNames(manager: EntityManager, ids: number[]): Promise<Array<{ id: number; name: string }>> {
    return manager.query(`SELECT id, name FROM app_user WHERE id = ANY($1)`, [ids]);
  }

  // What a listed assignment shows beside its row.
  presentationRows(
    manager: EntityManager,
    ids: number[],
  ): Promise<Array<{ id: number; cfp_id: number; reviewer_name: string; reviewed: boolean }>> {
    return manager.query(
      `SELECT ra.id, s.cfp_id, u.name AS reviewer_name,
              EXISTS (SELECT 1 FROM review r WHERE r.submission_id = ra.submission_id AND r.reviewer_id = ra.reviewer_id
                AND r.status = 'submitted'
                AND r.round = coalesce((SELECT rr.round FROM review_round rr WHERE rr.submission_id = ra.submission_id), 1))
                AS reviewed
         FROM review_assignment ra JOIN submission s ON s.id = ra.submission_id JOIN app_user u ON u.id = ra.reviewer_id
        WHERE ra.id = ANY($1)`,
      [ids],
    );
  }

  // The committee's members with their load in this call, for the chair's matrix.
  matrixReviewers(
    eventId: number,
    cfpId: number,
  ): Promise<Array<{ id: number; name: string; role: string; trackPreferences: string[]; load: number }>> {
    return this.dataSource.query(
      `SELECT u.id, u.name, seat.role, seat.track_preferences AS "trackPreferences",
              (SELECT count(*)::int FROM review_assignment ra JOIN submission s ON s.id = ra.submission_id
                WHERE ra.reviewer_id = u.id AND s.cfp_id = $2) AS load
         FROM committee_seat seat JOIN committee c ON c.id = seat.committee_id JOIN app_user u ON u.id = seat.user_id
        WHERE c.event_id = $1 ORDER BY u.name`,
      [eventId, cfpId],
    );
  }

  // The calls still in review (their review deadline ahead), soonest deadline first, for the progress card.
  // `only` narrows them to the calls a chair chairs (undefined: all, for organizers).
  async reviewingCfps(now: Date, only?: number[]): Promise<Array<Omit<CfpReviewProgress, 'reviewers'>>> {
    const rows: Array<{ id: number; title: string | null; event_name: string; review_closes_at: Date; time_zone: string }> =
      await this.dataSource.query(
        `SELECT cfp.id, cfp.title, e.name AS event_name, cfp.review_closes_at, cfp.time_zone
           FROM cfp JOIN event e ON e.id = cfp.event_id
          WHERE cfp.review_closes_at > $1 AND ($2::int[] IS NULL OR cfp.id = ANY($2::int[]))
          ORDER BY cfp.review_closes_at, cfp.id LIMIT 50`,
        [now, only ?? null],
      );
    return rows.map((row) => ({
      id: row.id,
      title: row.title ?? row.event_name,
      eventName: row.event_name,
      reviewClosesAt: row.review_closes_at.toISOString(),
      timeZone: row.time_zone,
    }));
  }

  // The call's event, its review deadline and zone, for the reviewers' mail.
  async mailContext(manager: EntityManager, cfpId: number): Promise<{ event_name: string; review_closes_at: Date; time_zone: string }> {
    const [context] = await manager.query(
      `SELECT e.name AS event_name, cfp.review_closes_at, cfp.time_zone FROM cfp JOIN event e ON e.id = cfp.event_id WHERE cfp.id = $1`,
      [cfpId],
    );
    return context;
  }
}
