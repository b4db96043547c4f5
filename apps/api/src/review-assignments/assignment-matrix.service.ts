import { Injectable } from '@nestjs/common';
import { UnreviewedSubmissionStatuses } from '@summitdesk/contracts';
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
}
