import { Injectable } from '@nestjs/common';
import type { SeatRole } from '@summitdesk/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';

// A submission a bid is written against, as the bidder sees it (null when it is not theirs to bid on).
export type BidTarget = { id: number; cfpId: number; title: string; seatRole: SeatRole };
export type StoredBid = { id: number; value: number; updatedAt: Date };
export type SeatOnCall = { cfpId: number; committeeId: number; eventId: number; role: SeatRole };
export type SheetRow = {
  id: number;
  cfp_id: number;
  title: string;
  excerpt: string;
  format: string;
  track: string | null;
  topics: string[];
  bid: number | null;
};

// Only talks that wait for review are bid on: not drafts, not withdrawn or decided ones.
const BIDDABLE = `('submitted', 'in_review')`;

// The bids feature's own data access: the bid and topic_interest tables, and the committee, call and
// conflict facts a bid is checked against (read, never written: other features own them).
@Injectable()
export class BidsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  // The caller's seat on the committee of the call, if any.
  async seatOnCall(manager: EntityManager, cfpId: number, userId: number): Promise<SeatOnCall | null> {
    const [row] = await manager.query(
      `SELECT cfp.id AS "cfpId", c.id AS "committeeId", c.event_id AS "eventId", seat.role
         FROM cfp JOIN committee c ON c.event_id = cfp.event_id JOIN committee_seat seat ON seat.committee_id = c.id
        WHERE cfp.id = $1 AND seat.user_id = $2`,
      [cfpId, userId],
    );
    return row ?? null;
  }

  // The caller's seat on a committee, with its call (a committee may not have one yet).
  async seatOnCommittee(manager: EntityManager, committeeId: number, userId: number): Promise<(SeatOnCall & { topics: string[] }) | null> {
    const [row] = await manager.query(
      `SELECT cfp.id AS "cfpId", c.id AS "committeeId", c.event_id AS "eventId", seat.role, coalesce(cfp.topics, '{}') AS topics
         FROM committee c JOIN committee_seat seat ON seat.committee_id = c.id LEFT JOIN cfp ON cfp.event_id = c.event_id
        WHERE c.id = $1 AND seat.user_id = $2`,
      [committeeId, userId],
    );
    return row ?? null;
  }

  // The submission if the bidder sits on its call's committee, it waits for review, and they are not
  // conflicted on it; otherwise null (the caller answers 404 without saying which).
  async biddable(manager: EntityManager, submissionId: number, userId: number): Promise<BidTarget | null> {
    const [row] = await manager.query(
      `SELECT s.id, s.cfp_id AS "cfpId", s.title, seat.role AS "seatRole"
         FROM submission s JOIN cfp ON cfp.id = s.cfp_id JOIN committee c ON c.event_id = cfp.event_id
         JOIN committee_seat seat ON seat.committee_id = c.id AND seat.user_id = $2
        WHERE s.id = $1 AND s.status IN ${BIDDABLE}
          AND NOT EXISTS (SELECT 1 FROM submission_conflict sc WHERE sc.submission_id = s.id AND sc.reviewer_id = $2)`,
      [submissionId, userId],
    );
    return row ?? null;
  }

  // Share-locks the call while a bid is written: opening or closing bidding waits for it, and it for them.
  async holdCall(manager: EntityManager, cfpId: number): Promise<void> {
    await manager.query(`SELECT 1 FROM cfp WHERE id = $1 FOR SHARE`, [cfpId]);
  }

  async findBid(manager: EntityManager, submissionId: number, reviewerId: number): Promise<StoredBid | null> {
    const [row] = await manager.query(
      `SELECT id, value, updated_at AS "updatedAt" FROM bid WHERE submission_id = $1 AND reviewer_id = $2 FOR UPDATE`,
      [submissionId, reviewerId],
    );
    return row ?? null;
  }

  async upsertBid(manager: EntityManager, submissionId: number, reviewerId: number, value: number): Promise<StoredBid> {
    const [row] = await manager.query(
      `INSERT INTO bid (submission_id, reviewer_id, value) VALUES ($1, $2, $3)
       ON CONFLICT (submission_id, reviewer_id) DO UPDATE SET value = EXCLUDED.value, version = bid.version + 1, updated_at = now()
       RETURNING id, value, updated_at AS "updatedAt"`,
      [submissionId, reviewerId, value],
    );
    return row;
  }

  async deleteBid(manager: EntityManager, submissionId: number, reviewerId: number): Promise<void> {
    await manager.query(`DELETE FROM bid WHERE submission_id = $1 AND reviewer_id = $2`, [submissionId, reviewerId]);
  }

  // The bidding sheet: the call's talks waiting for review that the viewer is not conflicted on, with
  // the viewer's bid. Select and filter on it; the service pages it.
  sheetQuery(manager: EntityManager, cfpId: number, viewerId: number, committeeId: number): SelectQueryBuilder<SheetRow> {
    return manager
      .createQueryBuilder()
      .from('submission', 'submission')
      .leftJoin('bid', 'mine', 'mine.submission_id = submission.id AND mine.reviewer_id = :viewerId')
      .where('submission.cfp_id = :cfpId', { cfpId })
      .andWhere(`submission.status IN ${BIDDABLE}`)
      .andWhere(
        'NOT (submission.id = ANY(ARRAY(SELECT own_sc.submission_id FROM submission_conflict own_sc ' +
          'WHERE own_sc.reviewer_id = :viewerId)))',
      )
      .setParameters({ viewerId, committeeId }) as unknown as SelectQueryBuilder<SheetRow>;
  }

  selectSheet(qb: SelectQueryBuilder<SheetRow>): Promise<SheetRow[]> {
    return qb
      .select('submission.id', 'id')
      .addSelect('submission.cfp_id', 'cfp_id')
      .addSelect('submission.title', 'title')
      .addSelect('left(submission.abstract, 280)', 'excerpt')
      .addSelect('submission.format', 'format')
      .addSelect('submission.track', 'track')
      .addSelect('submission.topics', 'topics')
      .addSelect('mine.value', 'bid')
      .getRawMany();
  }

  async countSheet(qb: SelectQueryBuilder<SheetRow>): Promise<number> {
    const row = await qb.select('count(*)::int', 'n').orderBy().offset(undefined).limit(undefined).getRawOne<{ n: number }>();
    return row?.n ?? 0;
  }

  speakersOf(
    manager: EntityManager,
    submissionIds: number[],
  ): Promise<Array<{ submissionId: number; name: string; affiliation: string | null }>> {
    if (submissionIds.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT submission_id AS "submissionId", name, affiliation FROM submission_speaker
        WHERE submission_id = ANY($1) AND status <> 'declined' ORDER BY submission_id, position`,
      [submissionIds],
    );
  }

  interestsOf(manager: EntityManager, committeeId: number, userId: number): Promise<Array<{ topic: string; value: number }>> {
    return manager.query(`SELECT topic, value FROM topic_interest WHERE committee_id = $1 AND user_id = $2 ORDER BY topic`, [
      committeeId,
      userId,
    ]);
  }

  // Replaces the user's interests in the committee; neutral (0) ones are not stored.
  async replaceInterests(
    manager: EntityManager,
    committeeId: number,
    userId: number,
    interests: Array<{ topic: string; value: number }>,
  ): Promise<void> {
    await manager.query(`DELETE FROM topic_interest WHERE committee_id = $1 AND user_id = $2`, [committeeId, userId]);
    const kept = interests.filter((interest) => interest.value !== 0);
    if (kept.length === 0) return;
    await manager.query(
      `INSERT INTO topic_interest (committee_id, user_id, topic, value) SELECT $1, $2, * FROM unnest($3::text[], $4::int[])`,
      [committeeId, userId, kept.map((interest) => interest.topic), kept.map((interest) => interest.value)],
    );
  }

  // Everyone seated on the call's committee (told when bidding opens), and the event's name.
  committeeOf(manager: EntityManager, cfpId: number): Promise<Array<{ userId: number; eventName: string }>> {
    return manager.query(
      `SELECT seat.user_id AS "userId", e.name AS "eventName"
         FROM cfp JOIN event e ON e.id = cfp.event_id JOIN committee c ON c.event_id = cfp.event_id
         JOIN committee_seat seat ON seat.committee_id = c.id
        WHERE cfp.id = $1 ORDER BY seat.user_id`,
      [cfpId],
    );
  }
}
