import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { CfpEntity } from '../cfps/cfp.entity.js';
import { ViewerScope } from '../cfps/viewer-scope.js';

// The chair's assignment screen: who reviews what, who may not, and each reviewer's load. Rows the
// chair is conflicted on are left out, as everywhere.
@Injectable()
export class AssignmentMatrixService {
  constructor(private readonly dataSource: DataSource) {}

  async matrix(user: AuthUser, cfpId: number) {
    const scope = await ViewerScope.load(this.dataSource.manager, user);
    if (!scope.isChairOf(cfpId)) throw notFound('Call for papers');
    const cfp = await this.dataSource.getRepository(CfpEntity).findOneBy({ id: cfpId });
    if (!cfp) throw notFound('Call for papers');
    const reviewers: Array<{ id: number; name: string; role: string; trackPreferences: string[]; load: number }> =
      await this.dataSource.query(
        `SELECT u.id, u.name, seat.role, seat.track_preferences AS "trackPreferences",
              (SELECT count(*)::int FROM review_assignment ra JOIN submission s ON s.id = ra.submission_id WHERE ra.reviewer_id
                = u.id AND s.cfp_id = $2) AS load
         FROM committee_seat seat JOIN committee c ON c.id = seat.committee_id JOIN app_user u ON u.id = seat.user_id
        WHERE c.event_id = $1 ORDER BY u.name`,
        [cfp.eventId, cfpId],
      );
    const submissions = await scope
      .bind(this.dataSource.createQueryBuilder())
      .select(['submission.id AS id', 'submission.title AS title', 'submission.track AS track', 'submission.status AS status'])
      .addSelect(
        `coalesce((SELECT array_agg(ra.reviewer_id ORDER BY ra.reviewer_id) FROM review_assignment ra WHERE ra.submission_id = ` +
          `submission.id), '{}')`,
        'assigned',
      )
      .addSelect(
        `coalesce((SELECT array_agg(DISTINCT sc.reviewer_id) FROM submission_conflict sc WHERE sc.submission_id = submission.id), '{}')`,
        'conflicted',
      )
      .from('submission', 'submission')
      .where('submission.cfp_id = :cfpId', { cfpId })
      .andWhere(`submission.status NOT IN ('draft', 'withdrawn')`)
      .andWhere(scope.committeeSql('submission'))
      .orderBy('submission.id')
      .limit(5000)
      .getRawMany();
    return { reviewsPerSubmission: cfp.reviewsPerSubmission, reviewers, submissions };
  }
}
