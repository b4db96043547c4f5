import { Injectable } from '@nestjs/common';
import { UnreviewedSubmissionStatuses, type CfpReviewProgress } from '@summitdesk/contracts';
import { notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { CfpEntity } from '../cfps/cfp.entity.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { ReviewAssignmentsRepository } from './review-assignments.repository.js';

// The chair's assignment screen: who reviews what, who may not, and each reviewer's load. Rows the
// chair is conflicted on are left out, as everywhere.
@Injectable()
export class AssignmentMatrixService {
  constructor(private readonly repository: ReviewAssignmentsRepository) {}

  async matrix(user: AuthUser, cfpId: number) {
    const scope = await ViewerScope.load(this.repository.manager, user);
    if (!scope.isChairOf(cfpId)) throw notFound('Call for papers');
    const cfp = await this.repository.manager.findOneBy(CfpEntity, { id: cfpId });
    if (!cfp) throw notFound('Call for papers');
    const reviewers = await this.repository.matrixReviewers(cfp.eventId, cfpId);
    const submissions = await scope
      .bind(this.repository.manager.createQueryBuilder())
      .select(['submission.id AS id', 'submission.title AS title', 'submission.track AS track', 'submission.status AS status'])
      .addSelect(
        `coalesce((SELECT array_agg(ra.reviewer_id ORDER BY ra.reviewer_id)
                     FROM review_assignment ra WHERE ra.submission_id = submission.id), '{}')`,
        'assigned',
      )
      .addSelect(
        `coalesce((SELECT array_agg(DISTINCT sc.reviewer_id) FROM submission_conflict sc WHERE sc.submission_id = submission.id), '{}')`,
        'conflicted',
      )
      .from('submission', 'submission')
      .where('submission.cfp_id = :cfpId', { cfpId })
      .andWhere('NOT (submission.status = ANY(:unreviewed))', { unreviewed: UnreviewedSubmissionStatuses })
      .andWhere(scope.committeeSql('submission'))
      .orderBy('submission.id')
      .limit(5000)
      .getRawMany();
    return { reviewsPerSubmission: cfp.reviewsPerSubmission, reviewers, submissions };
  }

  // The dashboard's CfP progress card: every call whose review deadline is still ahead that the
  // viewer chairs (organizers: all), with each assigned reviewer's reviews done and missing. The
  // submissions the viewer is conflicted on are not counted (committeeSql leaves them out), so the
  // card tells a conflicted chair nothing about them.
  async progress(user: AuthUser, now = new Date()): Promise<CfpReviewProgress[]> {
    const scope = await ViewerScope.load(this.repository.manager, user, now);
    const chaired = [...scope.seats.entries()].filter(([, seat]) => seat.role === 'chair').map(([cfpId]) => cfpId);
    const cfps = await this.repository.reviewingCfps(now, scope.isOrganizer ? undefined : chaired);
    if (cfps.length === 0) return [];
    const rows: Array<{ cfpId: number; reviewerId: number; name: string; done: number; missing: number }> = await scope
      .bind(this.repository.manager.createQueryBuilder())
      .select(['submission.cfp_id AS "cfpId"', 'reviewer.id AS "reviewerId"', 'reviewer.name AS name'])
      .addSelect(`count(*) FILTER (WHERE ${this.reviewedSql})::int`, 'done')
      .addSelect(`count(*) FILTER (WHERE NOT ${this.reviewedSql})::int`, 'missing')
      .from('review_assignment', 'ra')
      .innerJoin('submission', 'submission', 'submission.id = ra.submission_id')
      .innerJoin('app_user', 'reviewer', 'reviewer.id = ra.reviewer_id')
      .where('submission.cfp_id = ANY(:cfpIds)', { cfpIds: cfps.map((cfp) => cfp.id) })
      .andWhere('NOT (submission.status = ANY(:unreviewed))', { unreviewed: UnreviewedSubmissionStatuses })
      .andWhere(scope.committeeSql('submission'))
      .groupBy('submission.cfp_id')
      .addGroupBy('reviewer.id')
      .addGroupBy('reviewer.name')
      .orderBy('reviewer.name')
      .getRawMany();
    return cfps.map((cfp) => ({
      ...cfp,
      reviewers: rows
        .filter((row) => row.cfpId === cfp.id)
        .map(({ reviewerId, name, done, missing }) => ({ reviewerId, name, done, missing })),
    }));
  }

  private readonly reviewedSql =
    'EXISTS (SELECT 1 FROM review r WHERE r.submission_id = ra.submission_id AND r.reviewer_id = ra.reviewer_id)';
}
