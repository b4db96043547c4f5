import { Injectable } from '@nestjs/common';
import {
  BID_MAX,
  BID_MIN,
  BidErrorCodes,
  bidInRange,
  CommonErrorCodes,
  cfpState,
  interestInRange,
  TOPIC_INTEREST_MAX,
  TOPIC_INTEREST_MIN,
  type Bid,
  type BiddingAction,
  type BidSheetRow,
  type TopicInterests,
  type UpdateTopicInterests,
  type UpsertBid,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { applyListQuery, ListPage, parseListQuery, type ListSpec } from '../common/list-query.js';
import type { CfpEntity } from '../cfps/cfp.entity.js';
import { CfpsService } from '../cfps/cfps.service.js';
import { ViewerScope } from '../cfps/viewer-scope.js';
import { ConflictsService } from '../conflicts/conflicts.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { BidsRepository, type SheetRow } from './bids.repository.js';

// Sorting by topic match sums the viewer's interests in the row's topics (bound by the sheet query).
const TOPIC_MATCH =
  '(SELECT coalesce(sum(ti.value), 0) FROM topic_interest ti WHERE ti.committee_id = :committeeId AND ti.user_id = :viewerId ' +
  'AND ti.topic = ANY(submission.topics))';

const sheetSpec: ListSpec = {
  resource: 'bids',
  sortable: { id: 'submission.id', title: 'submission.title', track: 'submission.track', bid: 'mine.value', topicMatch: TOPIC_MATCH },
  filterable: {
    id: { column: 'submission.id', type: 'int' },
    track: { column: 'submission.track', type: 'text' },
    format: { column: 'submission.format', type: 'text' },
    hasBid: { column: '(mine.value IS NOT NULL)', type: 'bool' },
  },
  // The title only: the speakers' names are not searchable under anonymous review.
  search: 'submission.title',
  defaultSort: ['id', 'ASC'],
  idColumn: 'submission.id',
};

// Bidding runs from the call's opening until its review window ends, and not after decisions are out.
function biddingPossible(cfp: CfpEntity, now = new Date()): boolean {
  const state = cfpState({ opensAt: cfp.opensAt.toISOString(), closesAt: cfp.closesAt.toISOString() }, now);
  return state !== 'upcoming' && now.getTime() <= cfp.reviewClosesAt.getTime() && !cfp.decisionsReleasedAt;
}

@Injectable()
export class BidsService {
  constructor(
    private readonly repository: BidsRepository,
    private readonly cfps: CfpsService,
    private readonly conflicts: ConflictsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  // The caller's bidding sheet for one call (react-admin list shape). `cfpId` comes as a query
  // parameter or in the filter.
  async sheet(actor: AuthUser, query: Record<string, unknown>): Promise<ListPage<BidSheetRow>> {
    const { cfpId: rawCfpId, ...listQuery } = query;
    const list = parseListQuery(listQuery, sheetSpec);
    const { cfpId: filterCfpId, ...filter } = list.filter;
    const cfpId = Number(rawCfpId ?? filterCfpId);
    if (!Number.isSafeInteger(cfpId) || cfpId <= 0)
      throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'Name the call for papers: cfpId', { cfpId: 'is required' });
    const manager = this.repository.manager;
    const seat = await this.repository.seatOnCall(manager, cfpId, actor.id);
    if (!seat) throw notFound('Call for papers');
    const scoped = { ...list, filter };
    const page = applyListQuery(this.repository.sheetQuery(manager, cfpId, actor.id, seat.committeeId), scoped, sheetSpec);
    const rows = await this.repository.selectSheet(page);
    const total =
      rows.length > 0 && rows.length < list.end - list.start + 1
        ? list.start + rows.length
        : await this.repository.countSheet(
            applyListQuery(this.repository.sheetQuery(manager, cfpId, actor.id, seat.committeeId), scoped, sheetSpec),
          );
    const scope = await ViewerScope.load(manager, actor);
    const namesVisible = scope.identitiesVisible(cfpId, false);
    const speakers = namesVisible
      ? await this.repository.speakersOf(
          manager,
          rows.map((row) => row.id),
        )
      : [];
    const interests = new Map((await this.repository.interestsOf(manager, seat.committeeId, actor.id)).map((i) => [i.topic, i.value]));
    return new ListPage(
      sheetSpec.resource,
      rows.map((row) => present(row, speakers, interests)),
      list.start,
      total,
    );
  }

  upsert(actor: AuthUser, input: UpsertBid): Promise<Bid> {
    return this.repository.transaction(async (manager) => {
      const target = await this.repository.biddable(manager, input.submissionId, actor.id);
      if (!target) throw notFound('Submission');
      // Shared with open/close bidding's update lock: a bid never lands after bidding closed.
      await this.repository.holdCall(manager, target.cfpId);
      const call = await this.cfps.get(manager, target.cfpId);
      if (!call.biddingOpen || !biddingPossible(call))
        throw conflict(BidErrorCodes.BIDDING_CLOSED, 'Bidding is not open on this call for papers');
      const before = await this.repository.findBid(manager, target.id, actor.id);
      if (input.value === 'conflict') {
        if (before) {
          await this.repository.deleteBid(manager, target.id, actor.id);
          await this.audit.record(manager, actor, {
            entity: 'bid',
            entityId: before.id,
            action: 'delete',
            changes: { value: { from: before.value, to: null } },
            note: `submission ${target.id}: declared a conflict`,
          });
        }
        await this.conflicts.declareForSubmission(manager, actor, target.id, 'Declared on the bidding page');
        return {
          id: target.id,
          submissionId: target.id,
          reviewerId: actor.id,
          value: null,
          conflict: true,
          updatedAt: new Date().toISOString(),
        };
      }
      if (!bidInRange(input.value))
        throw unprocessable(BidErrorCodes.VALUE_OUT_OF_RANGE, `A bid runs from ${BID_MIN} to ${BID_MAX}`, {
          value: `must be from ${BID_MIN} to ${BID_MAX}, or "conflict"`,
        });
      const saved = await this.repository.upsertBid(manager, target.id, actor.id, input.value);
      if (before?.value !== input.value) {
        await this.audit.record(manager, actor, {
          entity: 'bid',
          entityId: saved.id,
          action: before ? 'update' : 'create',
          changes: { value: { from: before?.value ?? null, to: input.value } },
          note: `submission ${target.id}`,
        });
      }
      return {
        id: target.id,
        submissionId: target.id,
        reviewerId: actor.id,
        value: saved.value,
        conflict: false,
        updatedAt: new Date(saved.updatedAt).toISOString(),
      };
    });
  }

  async interests(actor: AuthUser, query: Record<string, unknown>): Promise<TopicInterests> {
    const committeeId = Number(query.committeeId);
    if (!Number.isSafeInteger(committeeId) || committeeId <= 0)
      throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'Name the committee: committeeId', { committeeId: 'is required' });
    for (const key of Object.keys(query))
      if (key !== 'committeeId')
        throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, `Unknown query parameter "${key}"`, { [key]: 'is not a known parameter' });
    return this.readInterests(this.repository.manager, actor, committeeId);
  }

  private async readInterests(manager: EntityManager, actor: AuthUser, committeeId: number): Promise<TopicInterests> {
    const seat = await this.repository.seatOnCommittee(manager, committeeId, actor.id);
    if (!seat) throw notFound('Committee');
    const stored = await this.repository.interestsOf(manager, committeeId, actor.id);
    const values = new Map(stored.map((interest) => [interest.topic, interest.value]));
    // Every topic of the call, then any stored one the call no longer lists.
    const topics = [...seat.topics, ...stored.map((interest) => interest.topic).filter((topic) => !seat.topics.includes(topic))];
    return {
      id: committeeId,
      committeeId,
      cfpId: seat.cfpId ?? null,
      topics: seat.topics,
      interests: topics.map((topic) => ({ topic, value: values.get(topic) ?? 0 })),
    };
  }

  replaceInterests(actor: AuthUser, input: UpdateTopicInterests): Promise<TopicInterests> {
    return this.repository.transaction(async (manager) => {
      const seat = await this.repository.seatOnCommittee(manager, input.committeeId, actor.id);
      if (!seat) throw notFound('Committee');
      const errors: Record<string, string> = {};
      input.interests.forEach(({ topic, value }, index) => {
        if (!seat.topics.includes(topic)) errors[`interests.${index}.topic`] = 'is not a topic of this call for papers';
        if (!interestInRange(value)) errors[`interests.${index}.value`] = `must be from ${TOPIC_INTEREST_MIN} to ${TOPIC_INTEREST_MAX}`;
      });
      if (Object.keys(errors).length > 0) {
        const outOfRange = Object.keys(errors).some((key) => key.endsWith('.value'));
        throw unprocessable(
          outOfRange ? BidErrorCodes.INTEREST_OUT_OF_RANGE : BidErrorCodes.UNKNOWN_TOPIC,
          outOfRange ? `A topic interest runs from ${TOPIC_INTEREST_MIN} to ${TOPIC_INTEREST_MAX}` : 'Unknown topic',
          errors,
        );
      }
      const before = await this.repository.interestsOf(manager, input.committeeId, actor.id);
      await this.repository.replaceInterests(manager, input.committeeId, actor.id, input.interests);
      const after = input.interests.filter((interest) => interest.value !== 0).sort((a, b) => a.topic.localeCompare(b.topic));
      const describe = (list: Array<{ topic: string; value: number }>) => Object.fromEntries(list.map((i) => [i.topic, i.value]));
      if (JSON.stringify(describe(before)) !== JSON.stringify(describe(after))) {
        await this.audit.record(manager, actor, {
          entity: 'topic_interest',
          entityId: `${input.committeeId}:${actor.id}`,
          action: 'replace',
          changes: { interests: { from: describe(before), to: describe(after) } },
          note: `committee ${input.committeeId}`,
        });
      }
      return this.readInterests(manager, actor, input.committeeId);
    });
  }

  // The chair of the call (or an organizer) opens or closes bidding. Opening tells the committee.
  setBidding(actor: AuthUser, cfpId: number, open: boolean, input: BiddingAction) {
    return this.repository.transaction(async (manager) => {
      const seat = await this.repository.seatOnCall(manager, cfpId, actor.id);
      if (actor.role !== 'organizer') {
        if (!seat) throw notFound('Call for papers');
        if (seat.role !== 'chair') throw forbidden("Only the call's chairs and organizers open and close bidding");
      }
      const cfp = await this.cfps.lockForBidding(manager, cfpId, input.version);
      if (cfp.biddingOpen === open)
        throw conflict(open ? BidErrorCodes.ALREADY_OPEN : BidErrorCodes.ALREADY_CLOSED, `Bidding is already ${open ? 'open' : 'closed'}`);
      if (open && !biddingPossible(cfp))
        throw conflict(
          BidErrorCodes.NOT_NOW,
          'Bidding opens between the opening of the call and the end of its review window, before decisions are released',
        );
      const saved = await this.cfps.setBiddingOpen(manager, actor, cfp, open);
      if (open) {
        for (const member of await this.repository.committeeOf(manager, cfpId)) {
          if (member.userId === actor.id) continue;
          await this.notifications.queue(manager, {
            toUserId: member.userId,
            kind: 'bidding_opened',
            params: { eventName: member.eventName, cfpId },
            link: { resource: 'bidding', id: cfpId },
            dedupeKey: `bidding_opened:${cfpId}:${saved.version}:${member.userId}`,
          });
        }
      }
      return saved;
    });
  }
}

function present(
  row: SheetRow,
  speakers: Array<{ submissionId: number; name: string; affiliation: string | null }>,
  interests: Map<string, number>,
): BidSheetRow {
  const matchedTopics = row.topics.filter((topic) => (interests.get(topic) ?? 0) !== 0);
  return {
    id: row.id,
    submissionId: row.id,
    cfpId: row.cfp_id,
    title: row.title,
    abstractExcerpt: row.excerpt.length >= 280 ? `${row.excerpt.replace(/\s+\S*$/, '')} …` : row.excerpt,
    format: row.format,
    track: row.track,
    topics: row.topics,
    speakers: speakers.filter((speaker) => speaker.submissionId === row.id).map(({ name, affiliation }) => ({ name, affiliation })),
    bid: row.bid,
    topicMatch: matchedTopics.reduce((sum, topic) => sum + (interests.get(topic) ?? 0), 0),
    matchedTopics,
  };
}
