import { Injectable } from '@nestjs/common';
import {
  answerErrors,
  ReviewErrorCodes,
  ReviewFormErrorCodes,
  reviewMachine,
  scaleErrors,
  visibleAnswers,
  type CreateReview,
  type Review,
  type ReviewField,
  type ReviewHistoryChange,
  type ReviewHistoryEntry,
  type ReviewHistoryField,
  type ReviewReader,
  type ReviewStatus,
  type UpdateReview,
  signed,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, ListPage, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { TransitionRunner, type Workflow } from '../common/transition-runner.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { ReviewAssignmentsService } from '../review-assignments/review-assignments.service.js';
import { SubmissionReader } from '../submissions/submission-reader.js';
import { UserEntity } from '../users/user.entity.js';
import { ReviewEntity } from './review.entity.js';
import { ReviewsRepository } from './reviews.repository.js';

const reviewListSpec: ListSpec = {
  resource: 'reviews',
  sortable: {
    id: 'review.id',
    score: 'review.score',
    confidence: 'review.confidence',
    createdAt: 'review.created_at',
    updatedAt: 'review.updated_at',
    submissionId: 'review.submission_id',
  },
  filterable: {
    id: { column: 'review.id', type: 'int' },
    submissionId: { column: 'review.submission_id', type: 'int' },
    reviewerId: { column: 'review.reviewer_id', type: 'int' },
    cfpId: { column: 'submission.cfp_id', type: 'int' },
    score: { column: 'review.score', type: 'int', range: true },
  },
  search: `(coalesce(review.comment_to_speakers, '') || ' ' || coalesce(review.comment_to_committee, ''))`,
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'review.id',
};

// Submitting a draft is the review's one state change; only its own reviewer takes it.
const reviewWorkflow: Workflow<ReviewEntity, ReviewStatus, 'submit', 'reviewer'> = {
  entity: ReviewEntity,
  label: 'Review',
  auditEntity: 'review',
  machine: reviewMachine,
  rolesOf: (review, actor) => (actor && review.reviewerId === actor.id ? ['reviewer'] : []),
  noRoleMessage: 'Only its author may submit a review',
};

function presentReview(review: ReviewEntity, reviewerName: string, fields: ReviewField[], reader: ReviewReader): Review {
  return {
    id: review.id,
    submissionId: review.submissionId,
    reviewerId: review.reviewerId,
    reviewerName,
    score: review.score,
    confidence: review.confidence,
    commentToSpeakers: review.commentToSpeakers,
    commentToCommittee: review.commentToCommittee,
    status: review.status,
    round: review.round,
    answers: visibleAnswers(fields, review.answers ?? {}, reader),
    version: review.version,
    createdAt: review.createdAt.toISOString(),
    updatedAt: review.updatedAt.toISOString(),
  };
}

const fieldNames: Record<ReviewHistoryField, string> = {
  score: 'Score',
  confidence: 'Confidence',
  commentToSpeakers: 'Comment to the speakers',
  commentToCommittee: 'Comment to the committee',
  answers: 'Form answers',
};
const isHistoryField = (key: string): key is ReviewHistoryField => Object.hasOwn(fieldNames, key);

const sorted = (answers: Record<string, unknown>) => JSON.stringify(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));
const sameAnswers = (a: Record<string, unknown>, b: Record<string, unknown>) => sorted(a) === sorted(b);

// An update's changes as the audit log keeps them, for the reader: numbers for score and confidence.
function historyChanges(changes: Record<string, { from: unknown; to: unknown }> | null): ReviewHistoryChange[] {
  return Object.entries(changes ?? {})
    .filter(([key]) => isHistoryField(key))
    .map(([key, change]) =>
      (key === 'score' || key === 'confidence') && typeof change.from === 'number' && typeof change.to === 'number'
        ? { field: key, from: change.from, to: change.to }
        : { field: key as ReviewHistoryField },
    );
}

function describeChange(action: string, changes: ReviewHistoryChange[]): string {
  if (action === 'create') return 'Review written';
  if (action === 'submit') return 'Draft submitted';
  const parts = changes.map((change) =>
    change.from !== undefined && change.to !== undefined
      ? `${fieldNames[change.field]} ${signed(change.from)} → ${signed(change.to)}`
      : `${fieldNames[change.field]} changed`,
  );
  return parts.length ? parts.join('; ') : 'Saved without changes';
}

@Injectable()
export class ReviewsService {
  constructor(
    private readonly repository: ReviewsRepository,
    private readonly audit: AuditService,
    private readonly submissions: SubmissionReader,
    private readonly assignments: ReviewAssignmentsService,
    private readonly runner: TransitionRunner,
  ) {}

  private visibleReviews(manager: EntityManager, scope: ViewerScope) {
    return (
      scope
        .bind(manager.getRepository(ReviewEntity).createQueryBuilder('review'))
        .innerJoin('submission', 'submission', 'submission.id = review.submission_id')
        .where(scope.reviewVisibleSql('submission', 'review'))
        // A draft is its reviewer's alone.
        .andWhere(`(review.status = 'submitted' OR review.reviewer_id = :viewerId)`)
    );
  }

  async list(user: AuthUser, query: Record<string, unknown>) {
    const scope = await ViewerScope.load(this.repository.manager, user);
    const page = await findPage(this.visibleReviews(this.repository.manager, scope), query, reviewListSpec);
    return new ListPage(page.resource, await this.present(this.repository.manager, scope, page.rows), page.start, page.total);
  }

  async findOne(user: AuthUser, id: number) {
    const scope = await ViewerScope.load(this.repository.manager, user);
    const review = await this.visibleReviews(this.repository.manager, scope).andWhere('review.id = :id', { id }).getOne();
    if (!review) throw notFound('Review');
    return (await this.present(this.repository.manager, scope, [review]))[0];
  }

  // What changed in a review, in words, for whoever may read the review: "Score −1 → +1".
  async history(user: AuthUser, id: number) {
    await this.findOne(user, id);
    const rows = await this.repository.reviewHistory(this.repository.manager, id);
    return rows.map((row): ReviewHistoryEntry => {
      const changes = row.action === 'update' ? historyChanges(row.changes) : [];
      return {
        id: row.id,
        at: new Date(row.at).toISOString(),
        actorName: row.actor_name,
        action: row.action,
        text: describeChange(row.action, changes),
        changes,
      };
    });
  }

  create(actor: AuthUser, input: CreateReview) {
    this.checkScale(input);
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      // Only an assigned, unconflicted reviewer can even see the submission to review it; one who
      // became a speaker on it after being assigned sees it as a speaker only, and is refused.
      const submission = await this.submissions.findForCommittee(manager, scope, input.submissionId).catch((error: unknown) => {
        if (error instanceof AppError && error.status === 404) return null;
        throw error;
      });
      // The assignment is share-locked until the review is in: a chair taking it back at the same
      // moment waits and then sees the review (409), or goes first and this finds no assignment (404).
      const assigned = await this.assignments.holdAssignment(manager, input.submissionId, actor.id);
      if (!submission || !assigned || !scope.seats.has(submission.cfpId)) throw notFound('Submission');
      this.checkWindow(scope, submission.cfpId);
      await this.checkAnswers(manager, submission.id, input.answers ?? {});
      const round = await this.repository.currentRound(manager, submission.id);
      const status = input.status ?? 'submitted';
      // The unique constraint decides between two concurrent first reviews: one row, one 409.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ReviewEntity)
        .values({
          submissionId: input.submissionId,
          reviewerId: actor.id,
          score: input.score,
          confidence: input.confidence,
          commentToSpeakers: input.commentToSpeakers ?? null,
          commentToCommittee: input.commentToCommittee ?? null,
          answers: input.answers ?? {},
          status,
          round,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = inserted.raw[0]?.id as number | undefined;
      if (!id)
        throw conflict(
          ReviewErrorCodes.ALREADY_REVIEWED,
          'You have already reviewed this submission in this round; edit your review instead',
          {
            submissionId: 'already reviewed by you',
          },
        );
      await this.audit.record(manager, actor, {
        entity: 'review',
        entityId: id,
        action: 'create',
        note: `submission ${input.submissionId}, round ${round}, ${status}, score ${input.score}`,
      });
      return (await this.present(manager, scope, [await manager.findOneByOrFail(ReviewEntity, { id })]))[0];
    });
  }

  update(actor: AuthUser, id: number, input: UpdateReview) {
    this.checkScale(input);
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, actor);
      const visible = await this.visibleReviews(manager, scope).andWhere('review.id = :id', { id }).getOne();
      if (!visible) throw notFound('Review');
      if (visible.reviewerId !== actor.id) throw forbidden('Only its author may edit a review');
      const submission = await this.submissions.findVisible(manager, scope, visible.submissionId);
      // After the review window, a reviewer may still revise a submitted review in answer to the speakers' response.
      if (!(visible.status === 'submitted' && (await this.repository.hasAuthorResponse(manager, submission.id))))
        this.checkWindow(scope, submission.cfpId);
      const review = await lockForUpdate(manager, ReviewEntity, id, 'Review', input.version);
      if (review.status === 'submitted' && input.status === 'draft')
        throw conflict(ReviewFormErrorCodes.NOT_A_DRAFT, 'A submitted review cannot go back to being a draft', { status: 'is submitted' });
      await this.checkAnswers(manager, review.submissionId, input.answers ?? review.answers ?? {});
      const patch = {
        score: input.score,
        confidence: input.confidence,
        commentToSpeakers: input.commentToSpeakers ?? null,
        commentToCommittee: input.commentToCommittee ?? null,
        // PostgreSQL's jsonb orders keys its own way; the same answers in another order are no change.
        answers: input.answers && !sameAnswers(input.answers, review.answers ?? {}) ? input.answers : review.answers,
      };
      // Every change to a submitted review stays in its history (the audit log's changes, score from → to).
      const changes = changedFields(review, patch);
      let saved = await saveVersioned(manager, ReviewEntity, review, patch);
      const submitting = review.status === 'draft' && input.status === 'submitted';
      // Submitting an unchanged draft is one history step (the submit), not an empty edit before it.
      if (!submitting || Object.keys(changes).length)
        await this.audit.record(manager, actor, {
          entity: 'review',
          entityId: id,
          action: 'update',
          changes,
          note: review.status === 'submitted' ? 'submitted review changed' : 'draft saved',
        });
      if (submitting) saved = await this.runner.runIn(manager, reviewWorkflow, { id, action: 'submit', actor, as: ['reviewer'] });
      return (await this.present(manager, scope, [saved]))[0];
    });
  }

  private checkScale(input: { score: number; confidence: number }) {
    const errors = scaleErrors(input);
    if (errors) throw unprocessable(ReviewErrorCodes.OUT_OF_SCALE, 'Scores run from −2 to +2 and confidence from 1 to 3', errors);
  }

  private async checkAnswers(manager: EntityManager, submissionId: number, answers: Record<string, number | string>) {
    const form = (await this.repository.formsOfSubmissions(manager, [submissionId])).get(submissionId);
    const errors = answerErrors(form?.fields ?? [], answers);
    if (errors) throw unprocessable(ReviewFormErrorCodes.INVALID_ANSWERS, 'The answers do not fit the review form', errors);
  }

  private checkWindow(scope: ViewerScope, cfpId: number) {
    const rules = scope.rulesFor(cfpId);
    if (!rules?.mayWrite)
      throw unprocessable(ReviewErrorCodes.WINDOW_CLOSED, 'Reviews can be written or changed only while the review window is open', {
        submissionId: 'is not open for review now',
      });
  }

  private async present(manager: EntityManager, scope: ViewerScope, reviews: ReviewEntity[]) {
    if (reviews.length === 0) return [];
    const forms = await this.repository.formsOfSubmissions(manager, [...new Set(reviews.map((review) => review.submissionId))]);
    const users = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.name'])
      .whereInIds([...new Set(reviews.map((review) => review.reviewerId))])
      .getMany();
    const names = new Map(users.map((user) => [user.id, user.name]));
    return reviews.map((review) => {
      const form = forms.get(review.submissionId);
      // A review's own author and the chairs read every answer; other members the committee's and speakers'.
      const reader: ReviewReader = review.reviewerId === scope.user.id || (form && scope.isChairOf(form.cfpId)) ? 'chair' : 'committee';
      return presentReview(review, names.get(review.reviewerId) ?? '', form?.fields ?? [], reader);
    });
  }
}
