import { Injectable } from '@nestjs/common';
import type { SearchHit } from '@summitdesk/contracts';
import { DecidedSubmissionStatuses } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, ListPage } from '../common/list-query.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { SpeakerFeedback } from './speaker-feedback.js';
import { submissionListSpec, takeScopeFilters } from './submission-list.js';
import { presentSubmission } from './submission.presenter.js';
import { SubmissionSpeakerEntity } from './submission-speaker.entity.js';
import { SubmissionEntity } from './submission.entity.js';
import { SubmissionsRepository } from './submissions.repository.js';

// Reads submissions as one viewer may see them: the rows (404 for anything not visible) and, per row,
// how much of it (speakers, staged decision, feedback).
@Injectable()
export class SubmissionReader {
  constructor(
    private readonly repository: SubmissionsRepository,
    private readonly speakerFeedback: SpeakerFeedback,
  ) {}

  async list(user: AuthUser, rawQuery: Record<string, unknown>) {
    const scope = await ViewerScope.load(this.repository.manager, user);
    const { query, mine, assignedToMe } = takeScopeFilters(rawQuery);
    const qb = scope
      .bind(this.repository.manager.getRepository(SubmissionEntity).createQueryBuilder('submission'))
      .where(scope.submissionVisibleSql('submission'));
    if (mine !== undefined) qb.andWhere(`${mine ? '' : 'NOT '}${scope.speakerSql('submission')}`);
    if (assignedToMe !== undefined) {
      qb.andWhere(
        `${assignedToMe ? '' : 'NOT '}(${scope.committeeSql('submission')} AND EXISTS (SELECT 1 FROM review_assignment mine_ra ` +
          `WHERE mine_ra.submission_id = submission.id AND mine_ra.reviewer_id = :viewerId))`,
      );
    }
    const page = await findPage(qb, query, submissionListSpec(scope));
    return new ListPage(page.resource, await this.present(this.repository.manager, scope, page.rows), page.start, page.total);
  }

  // Global search through the list itself: conflicts, drafts and anonymity rules are the list's, and
  // the subtitle never names speakers.
  async search(user: AuthUser, q: string, limit: number): Promise<SearchHit[]> {
    const page = await this.list(user, { filter: JSON.stringify({ q }), range: JSON.stringify([0, limit - 1]) });
    return page.rows.map((submission) => ({
      type: 'submissions',
      id: submission.id,
      title: submission.title,
      subtitle: [submission.track, submission.status].filter(Boolean).join(' · '),
    }));
  }

  async findOne(user: AuthUser, id: number) {
    const scope = await ViewerScope.load(this.repository.manager, user);
    const submission = await this.findVisible(this.repository.manager, scope, id);
    return (await this.present(this.repository.manager, scope, [submission]))[0];
  }

  // A submission another feature has already checked access to (by its assignment).
  get(manager: EntityManager, id: number): Promise<SubmissionEntity> {
    return manager.findOneByOrFail(SubmissionEntity, { id });
  }

  async findVisible(manager: EntityManager, scope: ViewerScope, id: number): Promise<SubmissionEntity> {
    const submission = await scope
      .bind(manager.getRepository(SubmissionEntity).createQueryBuilder('submission'))
      .where('submission.id = :id', { id })
      .andWhere(scope.submissionVisibleSql('submission'))
      .getOne();
    if (!submission) throw notFound('Submission');
    return submission;
  }

  // A submission the viewer acts on as a committee member (decides, assigns): 404 when they may not
  // see it at all, 403 when they see it only as one of its speakers — being a speaker is a conflict.
  async findForCommittee(manager: EntityManager, scope: ViewerScope, id: number): Promise<SubmissionEntity> {
    const submission = await this.findVisible(manager, scope, id);
    // One statement decides both, so that an assignment taken back between two reads (the viewer
    // lost sight of the talk) is a 404 and never mistaken for being a speaker.
    const sight = await scope
      .bind(manager.getRepository(SubmissionEntity).createQueryBuilder('submission'))
      .select(`${scope.committeeSql('submission')}`, 'asCommittee')
      .addSelect(`${scope.speakerSql('submission')}`, 'asSpeaker')
      .where('submission.id = :id', { id })
      .getRawOne<{ asCommittee: boolean; asSpeaker: boolean }>();
    if (sight?.asCommittee) return submission;
    if (sight?.asSpeaker) throw forbidden('You are a speaker on this submission, which is a conflict of interest');
    throw notFound('Submission');
  }

  async present(manager: EntityManager, scope: ViewerScope, submissions: SubmissionEntity[]) {
    if (submissions.length === 0) return [];
    const ids = submissions.map((submission) => submission.id);
    const speakers = await manager
      .getRepository(SubmissionSpeakerEntity)
      .createQueryBuilder('sp')
      .where('sp.submission_id IN (:...ids)', { ids })
      .orderBy('sp.position')
      .getMany();
    const bySubmission = new Map<number, SubmissionSpeakerEntity[]>();
    for (const speaker of speakers) bySubmission.set(speaker.submissionId, [...(bySubmission.get(speaker.submissionId) ?? []), speaker]);
    return Promise.all(
      submissions.map(async (submission) => {
        const own = bySubmission.get(submission.id) ?? [];
        const mine = own.find((sp) => sp.status !== 'declined' && sp.userId === scope.user.id);
        const speaker = !!mine;
        // A speaker is conflicted on their own talk, so they never see it as a committee member.
        const committee = !speaker && (scope.isOrganizer || scope.seats.has(submission.cfpId));
        const feedback =
          speaker && submission.decidedAt && DecidedSubmissionStatuses.includes(submission.status)
            ? await this.feedback(manager, submission.id)
            : undefined;
        const role = mine ? (mine.status === 'invited' ? 'invited' : 'speaker') : scope.isChairOf(submission.cfpId) ? 'chair' : 'reviewer';
        return presentSubmission(submission, own, {
          role,
          identities: scope.identitiesVisible(submission.cfpId, speaker),
          committee,
          speaker,
          feedback,
        });
      }),
    );
  }

  // Titles by id, for mails that name talks and never their speakers.
  titles(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    return this.repository.titles(manager, ids);
  }

  // The reviewers' comments meant for the speakers, without saying who wrote them.
  feedback(manager: EntityManager, submissionId: number): Promise<string[]> {
    return this.speakerFeedback.of(manager, submissionId);
  }
}
