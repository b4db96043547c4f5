import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import {
  CommonErrorCodes,
  optimalAssignment,
  ReviewableSubmissionStatuses,
  type AssignmentPair,
  type AssignRequest,
  ReviewAssignmentErrorCodes,
  type CreateReviewAssignment,
  type ReviewAssignment,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, ListPage, type ListSpec } from '../common/list-query.js';
import { Transactions } from '../common/transactions.js';
import { CfpEntity } from '../cfps/cfp.entity.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { SubmissionReader } from '../submissions/submission-reader.js';
import { SubmissionWorkflow } from '../submissions/submission-workflow.js';
import { ReviewAssignmentEntity } from './review-assignment.entity.js';
import { AssignmentMail } from './assignment-mail.js';
import { ReviewAssignmentsRepository } from './review-assignments.repository.js';

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

@Injectable()
export class ReviewAssignmentsService {
  constructor(
    private readonly repository: ReviewAssignmentsRepository,
    private readonly audit: AuditService,
    private readonly submissions: SubmissionReader,
    private readonly submissionWorkflow: SubmissionWorkflow,
    private readonly mail: AssignmentMail,
    private readonly transactions: Transactions,
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
    const scope = await ViewerScope.load(this.repository.manager, user);
    const page = await findPage(this.visible(this.repository.manager, scope), query, assignmentListSpec);
    return new ListPage(page.resource, await this.present(this.repository.manager, page.rows), page.start, page.total);
  }

  async findOne(user: AuthUser, id: number) {
    const scope = await ViewerScope.load(this.repository.manager, user);
    const assignment = await this.visible(this.repository.manager, scope).andWhere('assignment.id = :id', { id }).getOne();
    if (!assignment) throw notFound('Review assignment');
    return (await this.present(this.repository.manager, [assignment]))[0];
  }

  create(actor: AuthUser, input: CreateReviewAssignment) {
    return this.repository.transaction((manager) => this.createIn(manager, actor, input));
  }

  // A hand assignment inside the caller's transaction (a second round assigns its new reviewers in the
  // same transaction that moves the submissions, so a refused reviewer leaves nothing half done).
  createIn(manager: EntityManager, actor: AuthUser, input: CreateReviewAssignment) {
    return (async () => {
      const scope = await ViewerScope.load(manager, actor);
      const submission = await this.submissions.findVisible(manager, scope, input.submissionId);
      if (!scope.isChairOf(submission.cfpId)) throw forbidden('Only the chairs assign reviewers');
      await this.submissions.findForCommittee(manager, scope, submission.id);
      const locked = await this.submissionWorkflow.lock(manager, submission.id);
      if (!ReviewableSubmissionStatuses.includes(locked.status)) {
        throw conflict(ReviewAssignmentErrorCodes.NOT_UNDER_REVIEW, `A ${locked.status} submission takes no more reviewers`, {
          submissionId: `is ${locked.status}`,
        });
      }
      if (!(await this.repository.hasSeat(manager, locked.cfpId, input.reviewerId)))
        throw unprocessable(ReviewAssignmentErrorCodes.NOT_A_REVIEWER, 'Only members of the committee can review', {
          reviewerId: 'has no seat on this committee',
        });
      if (await this.repository.isConflicted(manager, locked.id, input.reviewerId))
        throw unprocessable(ReviewAssignmentErrorCodes.CONFLICTED, 'This reviewer has a conflict of interest with the submission', {
          reviewerId: 'is conflicted',
        });
      const id = await this.repository.insertOne(manager, { submissionId: locked.id, reviewerId: input.reviewerId }, 'manual');
      if (!id)
        throw conflict(ReviewAssignmentErrorCodes.DUPLICATE, 'This reviewer is already assigned to the submission', {
          reviewerId: 'is already assigned',
        });
      await this.submissionWorkflow.startReview(manager, actor, locked);
      await this.audit.record(manager, actor, {
        entity: 'review_assignment',
        entityId: id,
        action: 'create',
        note: `submission ${locked.id} → reviewer ${input.reviewerId}`,
      });
      await this.mail.notify(manager, locked.cfpId, [{ submissionId: locked.id, reviewerId: input.reviewerId }]);
      return (await this.present(manager, [await manager.findOneByOrFail(ReviewAssignmentEntity, { id })]))[0];
    })();
  }

  remove(actor: AuthUser, id: number) {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      const assignment = await this.visible(manager, scope)
        .andWhere('assignment.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['assignment'])
        .getOne();
      if (!assignment) throw notFound('Review assignment');
      const submission = await this.submissions.get(manager, assignment.submissionId);
      if (!scope.isChairOf(submission.cfpId)) throw forbidden('Only the chairs change assignments');
      if (await this.repository.hasReviewed(manager, assignment.submissionId, assignment.reviewerId))
        throw conflict(ReviewAssignmentErrorCodes.HAS_REVIEW, 'The reviewer has already written the review; it stays assigned', {
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

  // Automatic assignment: the optimal (min-cost flow) assignment for the call, as a preview
  // (nothing written) or applied in one transaction. The preview carries a fingerprint of everything
  // the solution depends on; applying with it re-computes that under the call's row lock and refuses
  // with 409 when anything changed since (another chair applied, a bid, a conflict, a seat).
  assign(actor: AuthUser, cfpId: number, input: AssignRequest) {
    return this.transactions.run(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      if (!scope.isChairOf(cfpId)) throw notFound('Call for papers');
      const cfp = await manager
        .getRepository(CfpEntity)
        .createQueryBuilder('cfp')
        .setLock('pessimistic_write')
        .where('cfp.id = :cfpId', { cfpId })
        .getOne();
      if (!cfp) throw notFound('Call for papers');
      if (input.minLoad !== undefined && input.maxLoad !== undefined && input.minLoad > input.maxLoad)
        throw unprocessable(CommonErrorCodes.VALIDATION, 'The minimum load is above the maximum', { minLoad: 'is above maxLoad' });
      const submissions = await this.submissionWorkflow.lockInStates(manager, cfpId, ReviewableSubmissionStatuses);
      // Chairs run the review rather than blind-review: they see speakers, so only a hand
      // assignment puts them on a submission.
      const reviewers = await this.repository.reviewersOf(manager, cfp.eventId, 'reviewer');
      const conflicts = await this.repository.conflictsIn(manager, cfpId);
      const existing = await this.repository.assignmentsIn(manager, cfpId);
      const bids = await this.repository.bidsIn(manager, cfpId);
      const interests = await this.repository.interestsIn(manager, cfp.eventId);
      const fingerprint = createHash('sha256')
        .update(
          JSON.stringify({
            wanted: cfp.reviewsPerSubmission,
            minLoad: input.minLoad ?? null,
            maxLoad: input.maxLoad ?? null,
            submissions: submissions.map((submission) => [submission.id, submission.status, submission.track, submission.topics ?? []]),
            reviewers,
            conflicts,
            existing,
            bids,
            interests,
          }),
        )
        .digest('base64url');
      if (!input.preview && input.fingerprint !== undefined && input.fingerprint !== fingerprint)
        throw conflict(ReviewAssignmentErrorCodes.PREVIEW_STALE, 'The assignment changed since this preview; preview it again', {
          fingerprint: 'is stale',
        });
      const interestsOf = new Map<number, typeof interests>();
      for (const row of interests) {
        const list = interestsOf.get(row.userId);
        if (list) list.push(row);
        else interestsOf.set(row.userId, [row]);
      }
      const result = optimalAssignment({
        submissions: submissions.map((submission) => ({ id: submission.id, track: submission.track, topics: submission.topics ?? [] })),
        reviewers: reviewers.map((reviewer) => ({
          id: reviewer.id,
          tracks: reviewer.tracks,
          interests: interestsOf.get(reviewer.id) ?? [],
        })),
        wanted: cfp.reviewsPerSubmission,
        conflicts,
        existing,
        bids,
        minLoad: input.minLoad,
        maxLoad: input.maxLoad,
      });

      if (!input.preview) {
        const inserted = await this.repository.insertAutomatic(manager, result.assignments);
        // Every submitted talk that got a reviewer moves into review.
        const assignedIds = new Set(result.assignments.map((pair) => pair.submissionId));
        await this.submissionWorkflow.startReviewMany(
          manager,
          actor,
          submissions.filter((submission) => assignedIds.has(submission.id)),
        );
        await this.audit.recordMany(manager, actor, [
          {
            entity: 'cfp',
            entityId: cfpId,
            action: 'assign_reviewers',
            note: `${result.assignments.length} assignment(s), ${result.underfilled.length} submission(s) short`,
          },
          ...inserted.map((row) => ({
            entity: 'review_assignment' as const,
            entityId: row.id,
            action: 'create',
            note: `submission ${row.submissionId} → reviewer ${row.reviewerId} (automatic)`,
          })),
        ]);
        await this.mail.notify(manager, cfpId, result.assignments);
      }

      // The report, like every list, leaves out the submissions the chair is conflicted on.
      const shown: Array<{ id: number }> = await scope
        .bind(manager.createQueryBuilder())
        .select('submission.id', 'id')
        .from('submission', 'submission')
        .where('submission.id = ANY(:ids)', { ids: submissions.map((submission) => submission.id) })
        .andWhere(scope.committeeSql('submission'))
        .getRawMany();
      const visible = new Set(shown.map((row) => row.id));
      const titles = new Map(submissions.map((submission) => [submission.id, submission.title]));
      const names = new Map(
        (await this.repository.userNames(manager, [...new Set([...existing, ...result.assignments].map((pair) => pair.reviewerId))])).map(
          (row) => [row.id, row.name],
        ),
      );
      const describe = (pairs: readonly AssignmentPair[]) =>
        pairs
          .filter((pair) => visible.has(pair.submissionId))
          .map((pair) => ({ ...pair, title: titles.get(pair.submissionId) ?? '', reviewerName: names.get(pair.reviewerId) ?? '' }));
      const reviewable = new Set(submissions.map((submission) => submission.id));
      return {
        preview: input.preview === true,
        fingerprint,
        added: describe(result.assignments),
        // Existing assignments are kept: automatic assignment only adds.
        removed: [],
        unchanged: describe(existing.filter((pair) => reviewable.has(pair.submissionId))),
        underfilled: result.underfilled
          .filter((row) => visible.has(row.submissionId))
          .map((row) => ({ ...row, title: titles.get(row.submissionId) ?? '' })),
        minLoad: result.minLoad,
        maxLoad: result.maxLoad,
        submissions: visible.size,
        reviewers: reviewers.length,
      };
    });
  }

  private async present(manager: EntityManager, assignments: ReviewAssignmentEntity[]): Promise<ReviewAssignment[]> {
    if (assignments.length === 0) return [];
    const rows = await this.repository.presentationRows(
      manager,
      assignments.map((assignment) => assignment.id),
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

  // A reviewer newly conflicted (the conflicts feature asks): the work they have not done yet on
  // the submissions they are now conflicted on goes back to the pool; returns how many.
  releaseConflicted(manager: EntityManager, reviewerId: number): Promise<number> {
    return this.repository.releaseConflicted(manager, reviewerId);
  }

  // The reviewer's assignment to the submission, share-locked until the caller's transaction ends
  // (the reviews feature, while a review is written against it); false when there is none.
  holdAssignment(manager: EntityManager, submissionId: number, reviewerId: number): Promise<boolean> {
    return this.repository.holdAssignment(manager, submissionId, reviewerId);
  }
}
