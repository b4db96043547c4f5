import { Injectable } from '@nestjs/common';
import {
  countWords,
  ReviewableSubmissionStatuses,
  ReviewFormErrorCodes,
  reviewFormErrors,
  reviewRoundMachine,
  roundNumber,
  roundState,
  visibleAnswers,
  type AuthorResponse,
  type ReviewForm,
  type ReviewRoundState,
  type SecondRound,
  type SpeakerReviews,
  type UpdateReviewForm,
} from '@summitdesk/contracts';
import { In } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, conflict, forbidden, notFound, staleVersion, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { TransitionRunner, type Workflow } from '../common/transition-runner.js';
import { CfpEntity } from '../cfps/cfp.entity.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ReviewAssignmentsService } from '../review-assignments/review-assignments.service.js';
import { SubmissionReader } from '../submissions/submission-reader.js';
import { UserEntity } from '../users/user.entity.js';
import { AuthorResponseEntity, ReviewFormEntity, ReviewRoundEntity } from './review-form.entity.js';
import { ReviewEntity } from './review.entity.js';
import { ReviewsRepository } from './reviews.repository.js';

const roundWorkflow: Workflow<ReviewRoundEntity, ReviewRoundState, 'send_to_second_round', 'chair'> = {
  entity: ReviewRoundEntity,
  label: 'Review round',
  auditEntity: 'review_round',
  machine: reviewRoundMachine,
  stateOf: (record) => roundState(record.round),
  statePatch: (state) => ({ round: roundNumber(state) }),
};

function presentForm(cfpId: number, form: ReviewFormEntity | null): ReviewForm {
  return {
    id: cfpId,
    cfpId,
    fields: form?.fields ?? [],
    responseOpensAt: form?.responseOpensAt?.toISOString() ?? null,
    responseClosesAt: form?.responseClosesAt?.toISOString() ?? null,
    responseWordLimit: form?.responseWordLimit ?? null,
    version: form?.version ?? 0,
    updatedAt: form?.updatedAt?.toISOString() ?? null,
  };
}

const presentResponse = (response: AuthorResponseEntity): AuthorResponse => ({
  id: response.id,
  submissionId: response.submissionId,
  body: response.body,
  wordCount: response.wordCount,
  createdAt: response.createdAt.toISOString(),
});

// The chair's review form and response window, review rounds, and the speakers' one response.
@Injectable()
export class ReviewFormsService {
  constructor(
    private readonly repository: ReviewsRepository,
    private readonly audit: AuditService,
    private readonly runner: TransitionRunner,
    private readonly notifications: NotificationsService,
    private readonly submissions: SubmissionReader,
    private readonly assignments: ReviewAssignmentsService,
  ) {}

  // The committee and the organizers read the form; the chairs change it.
  async getForm(user: AuthUser, cfpId: number): Promise<ReviewForm> {
    const scope = await ViewerScope.load(this.repository.manager, user);
    if (!scope.isOrganizer && !scope.seats.has(cfpId)) throw notFound('Call for papers');
    if (!(await this.repository.manager.existsBy(CfpEntity, { id: cfpId }))) throw notFound('Call for papers');
    return presentForm(cfpId, await this.repository.manager.findOneBy(ReviewFormEntity, { cfpId }));
  }

  updateForm(user: AuthUser, cfpId: number, input: UpdateReviewForm): Promise<ReviewForm> {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, user);
      if (!scope.isOrganizer && !scope.seats.has(cfpId)) throw notFound('Call for papers');
      if (!scope.isChairOf(cfpId)) throw forbidden('Only the chairs change the review form');
      const cfp = await manager.findOne(CfpEntity, { where: { id: cfpId }, lock: { mode: 'pessimistic_write' } });
      if (!cfp) throw notFound('Call for papers');
      const errors = reviewFormErrors(input);
      if (errors) throw unprocessable(ReviewFormErrorCodes.INVALID_FORM, 'The review form is not valid', errors);
      const existing = await manager.findOneBy(ReviewFormEntity, { cfpId });
      if ((existing?.version ?? 0) !== input.version) throw staleVersion('Review form');
      // Answers already given keep their meaning: a field with answers can be renamed or described
      // anew, but not removed, turned into another kind, or narrowed below an answer (409).
      const kept = new Map(input.fields.map((field) => [field.key, field]));
      const inUse: Record<string, string> = {};
      for (const { answers } of await this.repository.answersOfCfp(manager, cfpId)) {
        for (const [key, value] of Object.entries(answers)) {
          const field = kept.get(key);
          const before = existing?.fields.find((old) => old.key === key);
          if (!field) inUse[key] = 'has answers in reviews and cannot be removed';
          else if (before && before.kind !== field.kind) inUse[key] = 'has answers in reviews and cannot change its kind';
          else if (field.kind === 'score' && typeof value === 'number' && (value < field.min || value > field.max))
            inUse[key] = `has an answer of ${value}, outside ${field.min}..${field.max}`;
        }
      }
      if (Object.keys(inUse).length)
        throw conflict(ReviewFormErrorCodes.FIELD_IN_USE, 'Reviews have already answered fields this change would break', inUse);
      const patch = {
        fields: input.fields,
        responseOpensAt: input.responseOpensAt ? new Date(input.responseOpensAt) : null,
        responseClosesAt: input.responseClosesAt ? new Date(input.responseClosesAt) : null,
        responseWordLimit: input.responseWordLimit ?? null,
      };
      let saved: ReviewFormEntity;
      if (existing) {
        const locked = await lockForUpdate(manager, ReviewFormEntity, existing.id, 'Review form', input.version);
        const changes = changedFields(locked, patch);
        saved = await saveVersioned(manager, ReviewFormEntity, locked, patch);
        await this.audit.record(manager, user, {
          entity: 'review_form',
          entityId: saved.id,
          action: 'update',
          changes,
          note: `cfp ${cfpId}`,
        });
      } else {
        saved = await manager.save(ReviewFormEntity, manager.create(ReviewFormEntity, { cfpId, ...patch, version: 1 }));
        await this.audit.record(manager, user, { entity: 'review_form', entityId: saved.id, action: 'create', note: `cfp ${cfpId}` });
      }
      return presentForm(cfpId, saved);
    });
  }

  // Sends the chosen submissions to round 2 in one transaction: each through the round machine
  // (a submission already there is a 409), its assigned reviewers told by mail and in-app. Newly
  // chosen reviewers are assigned as the chair would by hand, in the same transaction.
  async secondRound(user: AuthUser, cfpId: number, input: SecondRound) {
    return this.repository.transaction(async (manager) => {
      const scope = await ViewerScope.load(manager, user);
      if (!scope.isOrganizer && !scope.seats.has(cfpId)) throw notFound('Call for papers');
      if (!scope.isChairOf(cfpId)) throw forbidden('Only the chairs open a second review round');
      const results: Array<{ submissionId: number; round: number }> = [];
      for (const submissionId of [...new Set(input.submissionIds)]) {
        const submission = await this.submissions.findForCommittee(manager, scope, submissionId);
        if (submission.cfpId !== cfpId) throw notFound('Submission');
        if (!ReviewableSubmissionStatuses.includes(submission.status))
          throw conflict(ReviewFormErrorCodes.ROUND_NOT_OPEN, `A ${submission.status} submission is not under review`, {
            submissionIds: `submission ${submissionId} is ${submission.status}`,
          });
        const row = await this.repository.roundRow(manager, submissionId);
        const reviewers = await this.repository.assignedReviewers(manager, submissionId);
        const saved = await this.runner.runIn(
          manager,
          roundWorkflow,
          { id: row.id, action: 'send_to_second_round', actor: user, as: ['chair'] },
          async () => ({
            note: `submission ${submissionId}`,
            mails: reviewers.map(({ reviewer_id }) => ({
              toUserId: reviewer_id,
              link: { resource: 'submissions', id: submissionId },
              kind: 'review_second_round' as const,
              params: { title: submission.title, submissionId },
            })),
          }),
        );
        results.push({ submissionId, round: saved.round });
      }
      // The new reviewers in the same transaction: a refused one (conflicted, no seat) undoes the whole round.
      const added: Array<{ submissionId: number; reviewerId: number }> = [];
      for (const { submissionId } of results) {
        const already = new Set((await this.repository.assignedReviewers(manager, submissionId)).map((row) => row.reviewer_id));
        for (const reviewerId of input.reviewerIds ?? []) {
          // Already assigned: their round-2 work exists already.
          if (already.has(reviewerId)) continue;
          await this.assignments.createIn(manager, user, { submissionId, reviewerId });
          added.push({ submissionId, reviewerId });
        }
      }
      return { moved: results, added };
    });
  }

  // What a speaker reads of their submission's submitted reviews once the response window opens.
  async speakerReviews(user: AuthUser, submissionId: number): Promise<SpeakerReviews> {
    const manager = this.repository.manager;
    if (!(await this.repository.isSpeaker(manager, submissionId, user.id))) throw notFound('Submission');
    const submission = await this.submissions.get(manager, submissionId);
    const cfp = await manager.findOneByOrFail(CfpEntity, { id: submission.cfpId });
    const form = await manager.findOneBy(ReviewFormEntity, { cfpId: submission.cfpId });
    const response = await manager.findOneBy(AuthorResponseEntity, { submissionId });
    const window =
      form?.responseOpensAt && form.responseClosesAt
        ? {
            opensAt: form.responseOpensAt.toISOString(),
            closesAt: form.responseClosesAt.toISOString(),
            open: this.isOpen(form),
            wordLimit: form.responseWordLimit,
          }
        : null;
    const fields = (form?.fields ?? []).filter((field) => field.kind === 'text' && field.visibility === 'speakers');
    let reviews: SpeakerReviews['reviews'] = [];
    if (form?.responseOpensAt && form.responseOpensAt.getTime() <= Date.now()) {
      const rows = await manager.find(ReviewEntity, { where: { submissionId, status: 'submitted' }, order: { round: 'ASC', id: 'ASC' } });
      const names = cfp.anonymousReview
        ? new Map<number, string>()
        : new Map(
            (await manager.findBy(UserEntity, { id: In(rows.map((row) => row.reviewerId)) })).map((reviewer) => [
              reviewer.id,
              reviewer.name,
            ]),
          );
      reviews = rows.map((row, index) => ({
        // Anonymous review: the reviews are numbered, never named, and carry no reviewer id.
        id: index + 1,
        round: row.round,
        reviewerName: cfp.anonymousReview ? null : (names.get(row.reviewerId) ?? null),
        commentToSpeakers: row.commentToSpeakers,
        answers: visibleAnswers(form.fields, row.answers ?? {}, 'speaker'),
      }));
    }
    return { submissionId, fields, reviews, response: response ? presentResponse(response) : null, window };
  }

  respond(user: AuthUser, submissionId: number, body: string): Promise<AuthorResponse> {
    return this.repository.transaction(async (manager) => {
      if (!(await this.repository.isSpeaker(manager, submissionId, user.id))) throw notFound('Submission');
      const submission = await this.submissions.get(manager, submissionId);
      const form = await manager.findOneBy(ReviewFormEntity, { cfpId: submission.cfpId });
      if (!form || !this.isOpen(form))
        throw conflict(ReviewFormErrorCodes.RESPONSE_WINDOW_CLOSED, 'The author response window is not open', {
          body: 'cannot be sent now',
        });
      const words = countWords(body);
      if (form.responseWordLimit && words > form.responseWordLimit)
        throw unprocessable(
          ReviewFormErrorCodes.TOO_MANY_WORDS,
          `The response has ${words} words; at most ${form.responseWordLimit} are allowed`,
          {
            body: `has ${words} words, more than ${form.responseWordLimit}`,
          },
        );
      // The unique submission decides between two concurrent answers: one row, one 409.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AuthorResponseEntity)
        .values({ submissionId, authorId: user.id, body: body.trim(), wordCount: words })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = inserted.raw[0]?.id as number | undefined;
      if (!id)
        throw conflict(ReviewFormErrorCodes.ALREADY_RESPONDED, 'The speakers have already answered the reviews', { body: 'already sent' });
      await this.audit.record(manager, user, {
        entity: 'author_response',
        entityId: id,
        action: 'create',
        note: `submission ${submissionId}, ${words} words`,
      });
      // Conflicted reviewers are left out: they never see the response.
      for (const { reviewer_id } of await this.repository.assignedReviewers(manager, submissionId)) {
        await this.notifications.queue(manager, {
          toUserId: reviewer_id,
          link: { resource: 'submissions', id: submissionId },
          kind: 'author_response',
          params: { title: submission.title, submissionId },
        });
      }
      return presentResponse(await manager.findOneByOrFail(AuthorResponseEntity, { id }));
    });
  }

  // The response, for its speakers and the unconflicted committee; absent (404) for everyone else.
  async response(user: AuthUser, submissionId: number): Promise<AuthorResponse> {
    const manager = this.repository.manager;
    if (!(await this.repository.isSpeaker(manager, submissionId, user.id))) {
      const scope = await ViewerScope.load(manager, user);
      await this.submissions.findForCommittee(manager, scope, submissionId).catch((error: unknown) => {
        if (error instanceof AppError && error.status === 403) throw notFound('Author response');
        throw error;
      });
    }
    const response = await manager.findOneBy(AuthorResponseEntity, { submissionId });
    if (!response) throw notFound('Author response');
    return presentResponse(response);
  }

  private isOpen(form: ReviewFormEntity, now = Date.now()) {
    return (
      !!form.responseOpensAt && !!form.responseClosesAt && form.responseOpensAt.getTime() <= now && now < form.responseClosesAt.getTime()
    );
  }
}
