import { reviewerRules, type ReviewerRules, type SeatRole } from '@summitdesk/contracts';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../common/auth-user.js';
import { CfpEntity } from './cfp.entity.js';

type Seat = { role: SeatRole; rules: ReviewerRules };

// What one signed-in user may see of the call for papers, loaded once per request: their seats on
// committees (with the review rules in force now) and SQL predicates that every submission, review,
// score and export query filters through. The predicates bind :viewerId and friends on the query,
// so a feature never writes its own visibility rule.
export class ViewerScope {
  private constructor(
    readonly user: AuthUser,
    readonly seats: Map<number, Seat>,
  ) {}

  static async load(manager: EntityManager, user: AuthUser, now = new Date()): Promise<ViewerScope> {
    const rows: Array<CfpEntity & { seatRole: SeatRole }> = await manager
      .getRepository(CfpEntity)
      .createQueryBuilder('cfp')
      .innerJoin('committee', 'committee', 'committee.event_id = cfp.event_id')
      .innerJoin('committee_seat', 'seat', 'seat.committee_id = committee.id AND seat.user_id = :userId', { userId: user.id })
      .addSelect('seat.role', 'seat_role')
      .getRawAndEntities()
      .then(({ raw, entities }) => entities.map((cfp, index) => Object.assign(cfp, { seatRole: raw[index].seat_role as SeatRole })));
    const seats = new Map<number, Seat>();
    for (const cfp of rows) {
      seats.set(cfp.id, {
        role: cfp.seatRole,
        rules: reviewerRules(
          {
            reviewOpensAt: cfp.reviewOpensAt.toISOString(),
            reviewClosesAt: cfp.reviewClosesAt.toISOString(),
            anonymousReview: cfp.anonymousReview,
            phases: cfp.phases,
          },
          now,
        ),
      });
    }
    return new ViewerScope(user, seats);
  }

  get isOrganizer() {
    return this.user.role === 'organizer';
  }

  // Organizers act as chair everywhere; otherwise only on their own committee.
  isChairOf(cfpId: number) {
    return this.isOrganizer || this.seats.get(cfpId)?.role === 'chair';
  }

  rulesFor(cfpId: number): ReviewerRules | undefined {
    return this.seats.get(cfpId)?.rules;
  }

  private cfpIds(test: (seat: Seat) => boolean): number[] {
    return [...this.seats.entries()].filter(([, seat]) => test(seat)).map(([cfpId]) => cfpId);
  }

  // Binds the parameters every predicate below uses.
  bind<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return qb.setParameters({
      viewerId: this.user.id,
      chairCfps: this.cfpIds((seat) => seat.role === 'chair'),
      seeAllCfps: this.cfpIds((seat) => seat.role === 'chair' || seat.rules.seeAll),
      assignedCfps: this.cfpIds(() => true),
      namesVisibleCfps: this.cfpIds((seat) => seat.role === 'chair' || !seat.rules.speakerNamesHidden),
      othersAlwaysCfps: this.cfpIds((seat) => seat.role === 'chair' || seat.rules.othersReviews === 'always'),
      othersAfterOwnCfps: this.cfpIds((seat) => seat.role !== 'chair' && seat.rules.othersReviews === 'after_own'),
    });
  }

  // `alias` names the submission in the query. Speakers are matched by user id only, never by an
  // address: an invited co-speaker becomes one by accepting the invitation's link.
  speakerSql(alias: string) {
    return (
      `EXISTS (SELECT 1 FROM submission_speaker own_sp WHERE own_sp.submission_id = ${alias}.id AND own_sp.status <> ` +
      `'declined' AND own_sp.user_id = :viewerId)`
    );
  }

  // The viewer's conflicted submissions are collected once per statement (the view filtered by the
  // viewer, which each of its branches answers from an index), never joined against the whole view:
  // as an anti-join, PostgreSQL would build every conflict of every reviewer for each list page.
  notConflictedSql(alias: string) {
    return (
      `NOT (${alias}.id = ANY(ARRAY(SELECT own_sc.submission_id FROM submission_conflict own_sc ` +
      `WHERE own_sc.reviewer_id = :viewerId)))`
    );
  }

  // Visible to the viewer as a committee member: never when conflicted — organizers and chairs
  // included, so that nobody reads the reviews of, ranks or decides a talk they speak on or are
  // conflicted with. Members see no drafts, and only the assigned submissions unless they chair or
  // the phase opens all submissions.
  committeeSql(alias: string) {
    if (this.isOrganizer) return this.notConflictedSql(alias);
    // The leading `cfp_id = ANY(:assignedCfps)` is implied by the rest (every call the viewer sees
    // all of is one of their calls) and lets PostgreSQL start from the viewer's calls' rows.
    return (
      `(${alias}.cfp_id = ANY(:assignedCfps) AND ${alias}.status <> 'draft' AND ${this.notConflictedSql(alias)} AND ` +
      `(${alias}.cfp_id = ANY(:seeAllCfps) OR (${alias}.cfp_id = ANY(:assignedCfps) AND EXISTS (SELECT 1 FROM review_assignment own_ra ` +
      `WHERE own_ra.submission_id = ${alias}.id AND own_ra.reviewer_id = :viewerId))))`
    );
  }

  submissionVisibleSql(alias: string) {
    if (this.isOrganizer) return `(${this.speakerSql(alias)} OR ${this.committeeSql(alias)})`;
    // Members: the first clause is implied by the second; it names the rows by indexed columns (their
    // calls, their own talks), so a page reads the viewer's few hundred rows, not the whole table.
    return (
      `((${alias}.cfp_id = ANY(:assignedCfps) OR ${alias}.id = ANY(ARRAY(SELECT mine_sp.submission_id FROM submission_speaker mine_sp ` +
      `WHERE mine_sp.user_id = :viewerId AND mine_sp.status <> 'declined'))) AND ` +
      `(${this.speakerSql(alias)} OR ${this.committeeSql(alias)}))`
    );
  }

  // Whether speakers' names may appear for a row, as SQL (for search) …
  identitiesVisibleSql(alias: string) {
    if (this.isOrganizer) return 'true';
    return `(${alias}.cfp_id = ANY(:namesVisibleCfps) OR ${this.speakerSql(alias)})`;
  }

  // … and in code, for presenting a row whose speakers are known.
  identitiesVisible(cfpId: number, isSpeaker: boolean) {
    if (this.isOrganizer || isSpeaker) return true;
    const seat = this.seats.get(cfpId);
    return !!seat && (seat.role === 'chair' || !seat.rules.speakerNamesHidden);
  }

  // Reviews the viewer may read; `review` and `alias` (its submission) must be in the query.
  reviewVisibleSql(alias: string, review = 'review') {
    if (this.isOrganizer) return this.committeeSql(alias);
    return (
      `(${this.committeeSql(alias)} AND (${review}.reviewer_id = :viewerId OR ${alias}.cfp_id = ANY(:othersAlwaysCfps) OR ` +
      `(${alias}.cfp_id = ANY(:othersAfterOwnCfps) AND EXISTS (SELECT 1 FROM review own_r WHERE own_r.status = 'submitted' AND ` +
      `own_r.submission_id = ` +
      `${alias}.id AND own_r.reviewer_id = :viewerId))))`
    );
  }

  // History entries (`alias` is an audit_log row) about a submission the viewer is conflicted on —
  // its own changes, its reviews, its assignments, its discussion, the speakers' response and its review
  // rounds (all noted "submission <id>…") — are left out like the records themselves. Binds
  // :hiddenSubmissions and :hiddenReviews, which bindHiddenHistory reads.
  auditEntryVisibleSql(alias: string) {
    const submissions = `CAST(:hiddenSubmissions AS text[])`;
    return `NOT coalesce(
      (${alias}.entity = 'submission' AND ${alias}.entity_id = ANY(${submissions}))
      OR (${alias}.entity = 'review' AND ${alias}.entity_id = ANY(CAST(:hiddenReviews AS text[])))
      OR (${alias}.entity = 'review_assignment' AND substring(${alias}.note from '^submission ([0-9]+) ') = ANY(${submissions}))
      OR (${alias}.entity IN ('discussion_comment', 'author_response', 'review_round')
        AND substring(${alias}.note from '^submission ([0-9]+)') = ANY(${submissions})), false)`;
  }

  // The viewer's conflicted submissions and their reviews (as the log's text ids), read once per
  // request and bound as two arrays: written as subqueries of the conflict view, they made PostgreSQL
  // plan the view's five rules four times in the page, again in its count and in its estimate — about
  // 100 ms a page at a million log rows, more than reading the page.
  async bindHiddenHistory<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>): Promise<SelectQueryBuilder<T>> {
    const [hidden]: Array<{ submissions: string[]; reviews: string[] }> = await manager.query(
      `WITH own AS (SELECT submission_id FROM submission_conflict WHERE reviewer_id = $1)
       SELECT ARRAY(SELECT submission_id::text FROM own) AS submissions,
              ARRAY(SELECT r.id::text FROM review r WHERE r.submission_id IN (SELECT submission_id FROM own)) AS reviews`,
      [this.user.id],
    );
    return qb.setParameters({ hiddenSubmissions: hidden!.submissions, hiddenReviews: hidden!.reviews });
  }
}
