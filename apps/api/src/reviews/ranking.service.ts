import { Injectable } from '@nestjs/common';
import { CommonErrorCodes, UnreviewedSubmissionStatuses, type RankedSubmission } from '@summitdesk/contracts';
import { badRequest, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { CfpEntity } from '../cfps/cfp.entity.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { toCsv } from '../common/csv.js';
import { ReviewsRepository } from './reviews.repository.js';

type RankingFilter = { track?: string; status?: string };

// The chair's ranked table and the committee's CSV export. Both read through the viewer's scope, so
// a conflicted chair's table leaves out what they may not see, and an anonymous reviewer's export
// carries no speaker.
@Injectable()
export class RankingService {
  constructor(private readonly repository: ReviewsRepository) {}

  async ranking(user: AuthUser, cfpId: number, filter: RankingFilter): Promise<RankedSubmission[]> {
    const scope = await ViewerScope.load(this.repository.manager, user);
    if (!scope.isChairOf(cfpId)) throw notFound('Call for papers');
    const cfp = await this.repository.manager.findOneBy(CfpEntity, { id: cfpId });
    if (!cfp) throw notFound('Call for papers');
    const qb = scope
      .bind(this.repository.manager.createQueryBuilder())
      .select([
        'submission.id AS "submissionId"',
        'submission.title AS title',
        'submission.track AS track',
        'submission.format AS format',
        'submission.status AS status',
      ])
      .addSelect(['submission.pending_decision AS "pendingDecision"', 'submission.version AS version'])
      .addSelect('count(review.id)::int', 'reviews')
      .addSelect('round(avg(review.score), 2)::float', 'meanScore')
      .addSelect('(max(review.score) - min(review.score))::int', 'spread')
      .addSelect('round(sum(review.score * review.confidence)::numeric / nullif(sum(review.confidence), 0), 2)::float', 'weightedScore')
      .addSelect('round(avg(review.confidence), 2)::float', 'meanConfidence')
      .addSelect('coalesce(round.round, 1)::int', 'round')
      .addSelect(
        `coalesce((SELECT json_agg(json_build_object('round', per.round, 'reviews', per.reviews, 'meanScore', per.mean,
          'spread', per.spread)
          ORDER BY per.round) FROM (SELECT r.round, count(*)::int AS reviews, round(avg(r.score), 2)::float AS mean,
          (max(r.score) - min(r.score))::int AS spread FROM review r WHERE r.submission_id = submission.id AND r.status = 'submitted'
          GROUP BY r.round) per), '[]'::json)`,
        'rounds',
      )
      .addSelect(
        `((SELECT count(*) FROM review_assignment ra WHERE ra.submission_id = submission.id AND NOT EXISTS (SELECT 1 FROM review
          done WHERE done.submission_id = ra.submission_id AND done.reviewer_id = ra.reviewer_id AND done.status = 'submitted'
          AND done.round = coalesce(round.round, 1)))
          + greatest(0, :wanted - (SELECT count(*) FROM review_assignment ra2 WHERE ra2.submission_id = submission.id)))::int`,
        'missingReviews',
      )
      .from('submission', 'submission')
      .leftJoin('review_round', 'round', 'round.submission_id = submission.id')
      // The headline aggregates are the current round's submitted reviews; `rounds` has each round's.
      .leftJoin(
        'review',
        'review',
        `review.submission_id = submission.id AND review.status = 'submitted' AND review.round = coalesce(round.round, 1)`,
      )
      .where('submission.cfp_id = :cfpId', { cfpId, wanted: cfp.reviewsPerSubmission })
      .andWhere('NOT (submission.status = ANY(:unreviewed))', { unreviewed: UnreviewedSubmissionStatuses })
      .andWhere(scope.committeeSql('submission'))
      .groupBy('submission.id')
      .addGroupBy('round.round')
      .orderBy('"weightedScore"', 'DESC', 'NULLS LAST')
      .addOrderBy('"meanScore"', 'DESC', 'NULLS LAST')
      .addOrderBy('submission.id', 'ASC')
      .limit(5000);
    if (filter.track) qb.andWhere('submission.track = :track', { track: filter.track });
    if (filter.status) qb.andWhere('submission.status = :status', { status: filter.status });
    return qb.getRawMany<RankedSubmission>();
  }

  async exportCsv(user: AuthUser, cfpId: number): Promise<string> {
    const scope = await ViewerScope.load(this.repository.manager, user);
    if (!scope.isOrganizer && !scope.seats.has(cfpId)) throw notFound('Call for papers');
    const withSpeakers = scope.identitiesVisible(cfpId, false);
    const rows: Array<Record<string, unknown>> = await scope
      .bind(this.repository.manager.createQueryBuilder())
      .select([
        'submission.id AS submission_id',
        'submission.title AS title',
        'submission.track AS track',
        'submission.format AS format',
        'submission.status AS status',
      ])
      .addSelect([
        'reviewer.name AS reviewer',
        'review.score AS score',
        'review.confidence AS confidence',
        'review.comment_to_speakers AS comment_to_speakers',
        'review.comment_to_committee AS comment_to_committee',
        'review.round AS round',
      ])
      .addSelect(withSpeakers ? 'submission.speaker_search' : `''`, 'speakers')
      .from('review', 'review')
      .innerJoin('submission', 'submission', 'submission.id = review.submission_id')
      .innerJoin('app_user', 'reviewer', 'reviewer.id = review.reviewer_id')
      .where('submission.cfp_id = :cfpId', { cfpId })
      .andWhere(scope.reviewVisibleSql('submission', 'review'))
      .andWhere(`review.status = 'submitted'`)
      .orderBy('submission.id')
      .addOrderBy('review.id')
      .limit(50_000)
      .getRawMany();
    const columns = [
      'submission_id',
      'title',
      'track',
      'format',
      'status',
      ...(withSpeakers ? ['speakers'] : []),
      'reviewer',
      'round',
      'score',
      'confidence',
      'comment_to_speakers',
      'comment_to_committee',
    ];
    return toCsv(rows, columns);
  }
}

export function parseRankingFilter(raw: unknown): RankingFilter {
  if (raw === undefined) return {};
  try {
    const value = JSON.parse(String(raw));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error();
    const unknown = Object.keys(value).filter((key) => key !== 'track' && key !== 'status');
    if (unknown.length)
      throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, `Cannot filter the ranking by ${unknown.join(', ')}`, {
        filter: 'takes track and status',
      });
    return { track: value.track ? String(value.track) : undefined, status: value.status ? String(value.status) : undefined };
  } catch (error) {
    if (error instanceof Error && 'status' in error) throw error;
    throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'filter must be a JSON object', { filter: 'must be a JSON object' });
  }
}
