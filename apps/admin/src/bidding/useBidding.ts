import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useDataProvider, useGetIdentity, useGetList, useGetOne } from 'react-admin';
import type { Bid, BidSheetRow, Cfp, TopicInterests } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';

export type SheetSort = 'id' | 'topicMatch' | 'bid' | 'title';

// The caller's bidding sheet for one call, in one page (a call has at most a few hundred talks).
export function useBidSheet(cfpId: number, sort: SheetSort) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['bids', cfpId, sort],
    queryFn: async () =>
      (
        await dataProvider.getList<BidSheetRow>('bids', {
          filter: { cfpId },
          sort: { field: sort, order: sort === 'topicMatch' ? 'DESC' : 'ASC' },
          pagination: { page: 1, perPage: 500 },
        })
      ).data,
    retry: false,
  });
}

// Saves one bid (or declares a conflict) and answers what the API stored.
export function useSaveBid() {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useCallback(
    async (submissionId: number, value: number | 'conflict') =>
      (await dataProvider.create<Bid>('bids', { data: { submissionId, value } })).data,
    [dataProvider],
  );
}

export function useTopicInterests(committeeId: number | undefined) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['topic-interests', committeeId],
    queryFn: async () =>
      (await dataProvider.getReport<TopicInterests>('topic-interests', { query: { committeeId: String(committeeId) } })).data,
    enabled: committeeId !== undefined,
    retry: false,
  });
}

export function useSaveTopicInterests() {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return async (committeeId: number, interests: Array<{ topic: string; value: number }>) =>
    (await dataProvider.putSettings<TopicInterests>('topic-interests', { committeeId, interests })).data;
}

// The call, its summit's name and committee, and whether the viewer chairs it (organizers do).
export function useCallForBidding(cfpId: number | undefined) {
  const { data: cfp, refetch } = useGetOne<Cfp>('cfps', { id: cfpId ?? 0 }, { enabled: cfpId !== undefined });
  const { data: event } = useGetOne<{ id: number; name: string }>('events', { id: cfp?.eventId ?? 0 }, { enabled: !!cfp });
  const { data: committees } = useGetList<{ id: number; eventId: number }>(
    'committees',
    { filter: { eventId: cfp?.eventId }, pagination: { page: 1, perPage: 1 } },
    { enabled: !!cfp },
  );
  const committeeId = committees?.[0]?.id as number | undefined;
  const { identity } = useGetIdentity();
  const { data: seats } = useGetList<{ id: number; role: 'chair' | 'reviewer' }>(
    'committee-seats',
    { filter: { committeeId, userId: identity?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled: committeeId !== undefined && identity?.id !== undefined },
  );
  return { cfp, eventName: event?.name, committeeId, seat: seats?.[0], refetch };
}

// The calls whose bidding is open and on whose committee the viewer sits (for the review queue).
export function useMyBiddingCalls() {
  const { identity } = useGetIdentity();
  const { data: seats } = useGetList<{ id: number; committeeId: number }>(
    'committee-seats',
    { filter: { userId: identity?.id }, pagination: { page: 1, perPage: 100 } },
    { enabled: identity?.id !== undefined },
  );
  const committeeIds = (seats ?? []).map((seat) => seat.committeeId);
  const { data: committees } = useGetList<{ id: number; eventId: number }>(
    'committees',
    { filter: { id: committeeIds }, pagination: { page: 1, perPage: 100 } },
    { enabled: committeeIds.length > 0 },
  );
  const eventIds = (committees ?? []).map((committee) => committee.eventId);
  const { data: cfps } = useGetList<Cfp>(
    'cfps',
    { filter: { eventId: eventIds }, pagination: { page: 1, perPage: 100 } },
    { enabled: eventIds.length > 0 },
  );
  return (cfps ?? []).filter((cfp) => cfp.biddingOpen);
}
