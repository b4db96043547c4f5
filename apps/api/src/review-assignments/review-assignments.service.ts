import { Injectable } from '@nestjs/common';
import {
  assignReviewers,
  ReviewErrorCodes,
  submissionMachine,
  type CreateReviewAssignment,
  type ReviewAssignment,
} from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, ListPage, type ListSpec } from '../common/list-query.js';
import { CfpEntity } from '../cfps/cfp.entity.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { SubmissionReader } from '../submissions/submission-reader.js';
import { ReviewAssignmentEntity } from './review-assignment.entity.js';
import { AssignmentMail } from './assignment-mail.js';

const assignmentListSpec: ListSpec = {
  resource: 'review-assignments',
  sortable: {
    id: 'assignment.id',
    submissionId: 'assignment.submission_id',
    reviewerId: 'assignment.reviewer_id',
    createdAt: 'assignment.created_at',
  },
  filterable: {
    id: { column: 'assignment.id', type: 'int' },
    submissionId: { column: 'assignment.submission_id', type: 'int' },
    reviewerId: { column: 'assignment.reviewer_id', type: 'int' },
    cfpId: { column: 'submission.cfp_id', type: 'int' },
    source: { column: 'assignment.source', type: 'text', values: ['automatic', 'manual'] },
  },
  defaultSort: ['id', 'ASC'],
  idColumn: 'assignment.id',
};

const OPEN_FOR_REVIEW = ['submitted', 'in_review'];

@Injectable()
export class ReviewAssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly submissions: SubmissionReader,
    private readonly mail: AssignmentMail,
  ) {}

  // Chairs see their committee's assignments, reviewers their own; never on a conflicted submission.
  private visible(manager: EntityManager, scope: ViewerScope) {
    const qb = scope
      .bind(manager.getRepository(ReviewAssignmentEntity).createQueryBuilder('assignment'))
      .innerJoin('submission', 'submission', 'submission.id = assignment.submission_id')
      .where(scope.committeeSql('submission'));
    if (!scope.isOrganizer) qb.andWhere('(submission.cfp_id = ANY(:chairCfps) OR assignment.reviewer_id = :viewerId)');
    return qb;
  }

  async list(user: AuthUser, query: Record<string, unknown>) {
    const scope = await ViewerScope.load(this.dataSource.manager, user);
    const page = await findPage(this.visible(this.dataSource.manager, scope), query, assignmentListSpec);
    return new ListPage(page.resource, await this.present(this.dataSource.manager, page.rows), page.start, page.total);
  }

  async findOne(user: AuthUser, id: number) {
    const scope = await ViewerScope.load(this.dataSource.manager, user);
    const assignment = await this.visible(this.dataSource.manager, scope).andWhere('assignment.id = :id', { id }).getOne();
    if (!assignment) throw notFound('Review assignment');
    return (await this.present(this.dataSource.manager, [assignment]))[0];
  }

  create(actor: AuthUser, input: CreateReviewAssignment) {
    return this.dataSource.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      const submission = await this.submissions.findVisible(manager, scope, input.submissionId);
      if (!scope.isChairOf(submission.cfpId)) throw forbidden('Only the chairs assign reviewers');
      await this.submissions.findForCommittee(manager, scope, submission.id);
      const locked = await manager
        .getRepository(SubmissionEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id: submission.id })
        .getOneOrFail();
      if (!OPEN_FOR_REVIEW.includes(locked.status)) {
        throw conflict(ReviewErrorCodes.NOT_UNDER_REVIEW, `A ${locked.status} submission takes no more reviewers`, {
          submissionId: `is ${locked.status}`,
        });
      }
      const seat = await manager.query(
        `SELECT 1 FROM committee_seat seat JOIN committee c ON c.id = seat.committee_id JOIN cfp ON cfp.event_id = c.event_id ` +
          `WHERE cfp.id = $1 AND seat.user_id = $2`,
        [locked.cfpId, input.reviewerId],
      );
      if (seat.length === 0)
        throw unprocessable(ReviewErrorCodes.NOT_A_REVIEWER, 'Only members of the committee can review', {
          reviewerId: 'has no seat on this committee',
        });
      const conflicted = await manager.query(`SELECT reason FROM submission_conflict WHERE submission_id = $1 AND reviewer_id = $2`, [
        locked.id,
        input.reviewerId,
      ]);
      if (conflicted.length > 0)
        throw unprocessable(ReviewErrorCodes.ASSIGNMENT_CONFLICTED, 'This reviewer has a conflict of interest with the submission', {
          reviewerId: 'is conflicted',
        });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ReviewAssignmentEntity)
        .values({ submissionId: locked.id, reviewerId: input.reviewerId, source: 'manual' })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = inserted.raw[0]?.id as number | undefined;
      if (!id)
        throw conflict('REVIEW_ASSIGNMENT.DUPLICATE', 'This reviewer is already assigned to the submission', {
          reviewerId: 'is already assigned',
        });
      await this.startReview(manager, actor, locked);
      await this.audit.record(manager, actor, {
        entity: 'review_assignment',
        entityId: id,
        action: 'create',
        note: `submission ${locked.id} → reviewer ${input.reviewerId}`,
      });
      await this.mail.notify(manager, locked.cfpId, [{ submissionId: locked.id, reviewerId: input.reviewerId }]);
      return (await this.present(manager, [await manager.findOneByOrFail(ReviewAssignmentEntity, { id })]))[0];
    });
  }

  remove(actor: AuthUser, id: number) {
    return this.dataSource.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      const assignment = await this.visible(manager, scope)
        .andWhere('assignment.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['assignment'])
        .getOne();
      if (!assignment) throw notFound('Review assignment');
      const submission = await manager.findOneByOrFail(SubmissionEntity, { id: assignment.submissionId });
      if (!scope.isChairOf(submission.cfpId)) throw forbidden('Only the chairs change assignments');
      const reviewed = await manager.query(`SELECT 1 FROM review WHERE submission_id = $1 AND reviewer_id = $2`, [
        assignment.submissionId,
        assignment.reviewerId,
      ]);
      if (reviewed.length)
        throw conflict(ReviewErrorCodes.ALREADY_REVIEWED_ASSIGNMENT, 'The reviewer has already written the review; it stays assigned', {
          reviewerId: 'has reviewed it',
        });
      const shown = (await this.present(manager, [assignment]))[0];
      await manager.delete(ReviewAssignmentEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'review_assignment',
        entityId: id,
        action: 'delete',
        note: `submission ${assignment.submissionId} ✕ reviewer ${assignment.reviewerId}`,
      });
      return shown;
    });
  }

  // Tops every open submission up to the wanted number of reviewers, in one transaction.
  autoAssign(actor: AuthUser, cfpId: number) {
    return this.dataSource.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      if (!scope.isChairOf(cfpId)) throw notFound('Call for papers');
      const cfp = await manager
        .getRepository(CfpEntity)
        .createQueryBuilder('cfp')
        .setLock('pessimistic_write')
        .where('cfp.id = :cfpId', { cfpId })
        .getOne();
      if (!cfp) throw notFound('Call for papers');
      const submissions: Array<{ id: number; track: string | null; status: string }> = await manager.query(
        `SELECT id, track, status FROM submission WHERE cfp_id = $1 AND status IN ('submitted', 'in_review') ORDER BY id FOR UPDATE`,
        [cfpId],
      );
      // Chairs run the review rather than blind-review: they see speakers, so only a hand
      // assignment puts them on a submission.
      const reviewers: Array<{ id: number; tracks: string[] }> = await manager.query(
        `SELECT seat.user_id AS id, seat.track_preferences AS tracks FROM committee_seat seat JOIN committee c ON c.id = seat.committee_id
          WHERE c.event_id = $1 AND seat.role = 'reviewer' ORDER BY seat.user_id`,
        [cfp.eventId],
      );
      const pairs = (sql: string) => manager.query(sql, [cfpId]) as Promise<Array<{ submissionId: number; reviewerId: number }>>;
      const conflicts = await pairs(
        `SELECT sc.submission_id AS "submissionId", sc.reviewer_id AS "reviewerId" FROM submission_conflict sc JOIN submission s ` +
          `ON s.id = sc.submission_id WHERE s.cfp_id = $1`,
      );
      const existing = await pairs(
        `SELECT ra.submission_id AS "submissionId", ra.reviewer_id AS "reviewerId" FROM review_assignment ra JOIN submission s ` +
          `ON s.id = ra.submission_id WHERE s.cfp_id = $1`,
      );
      const result = assignReviewers({ submissions, reviewers, wanted: cfp.reviewsPerSubmission, conflicts, existing });
      if (result.assignments.length > 0) {
        await manager.query(
          `INSERT INTO review_assignment (submission_id, reviewer_id, source) SELECT * , 'automatic' FROM unnest($1::int[], $2::int[])`,
          [result.assignments.map((pair) => pair.submissionId), result.assignments.map((pair) => pair.reviewerId)],
        );
      }
      // Every submitted talk that got a reviewer moves into review, in one statement.
      const assignedIds = new Set(result.assignments.map((pair) => pair.submissionId));
      const started = submissions
        .filter((submission) => submission.status === 'submitted' && assignedIds.has(submission.id))
        .map((submission) => submission.id);
      if (started.length > 0 && submissionMachine.transition('submitted', 'start_review', 'system').ok) {
        await manager.query(
          `UPDATE submission SET status = 'in_review', version = version + 1, updated_at = now() WHERE id = ANY($1) AND status = ` +
            `'submitted'`,
          [started],
        );
        // The same rows AuditService.record writes, in one statement: a big call moves thousands.
        await manager.query(
          `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, from_state, to_state)
           SELECT $1, $2, 'submission', id::text, 'start_review', 'submitted', 'in_review' FROM unnest($3::int[]) AS id`,
          [actor.id, actor.name, started],
        );
      }
      await this.audit.record(manager, actor, {
        entity: 'cfp',
        entityId: cfpId,
        action: 'assign_reviewers',
        note: `${result.assignments.length} assignment(s), ${result.unfilled.length} submission(s) short`,
      });
      await this.mail.notify(manager, cfpId, result.assignments);
      // The report, like every list, leaves out the submissions the chair is conflicted on.
      const shown: Array<{ id: number }> = await scope
        .bind(manager.createQueryBuilder())
        .select('submission.id', 'id')
        .from('submission', 'submission')
        .where('submission.id = ANY(:ids)', { ids: submissions.map((submission) => submission.id) })
        .andWhere(scope.committeeSql('submission'))
        .getRawMany();
      const visible = new Set(shown.map((row) => row.id));
      return {
        created: result.assignments.filter((pair) => visible.has(pair.submissionId)).length,
        submissions: visible.size,
        reviewers: reviewers.length,
        unfilled: result.unfilled.filter((row) => visible.has(row.submissionId)),
      };
    });
  }

  // Assigning a reviewer moves a submitted talk into review.
  private async startReview(manager: EntityManager, actor: AuthUser, submission: SubmissionEntity) {
    const move = submissionMachine.transition(submission.status, 'start_review', 'system');
    if (!move.ok) return;
    await manager.update(SubmissionEntity, { id: submission.id }, { status: move.to, version: submission.version + 1 });
    await this.audit.record(manager, actor, {
      entity: 'submission',
      entityId: submission.id,
      action: 'start_review',
      fromState: submission.status,
      toState: move.to,
    });
  }

  private async present(manager: EntityManager, assignments: ReviewAssignmentEntity[]): Promise<ReviewAssignment[]> {
    if (assignments.length === 0) return [];
    const rows: Array<{ id: number; cfp_id: number; reviewer_name: string; reviewed: boolean }> = await manager.query(
      `SELECT ra.id, s.cfp_id, u.name AS reviewer_name, EXISTS (SELECT 1 FROM review r WHERE r.submission_id = ra.submission_id
        AND r.reviewer_id = ra.reviewer_id) AS reviewed
         FROM review_assignment ra JOIN submission s ON s.id = ra.submission_id JOIN app_user u ON u.id = ra.reviewer_id WHERE
           ra.id = ANY($1)`,
      [assignments.map((assignment) => assignment.id)],
    );
    const extra = new Map(rows.map((row) => [row.id, row]));
    return assignments.map((assignment) => ({
      id: assignment.id,
      cfpId: extra.get(assignment.id)!.cfp_id,
      submissionId: assignment.submissionId,
      reviewerId: assignment.reviewerId,
      reviewerName: extra.get(assignment.id)!.reviewer_name,
      source: assignment.source,
      reviewed: extra.get(assignment.id)!.reviewed,
      createdAt: assignment.createdAt.toISOString(),
    }));
  }
}
