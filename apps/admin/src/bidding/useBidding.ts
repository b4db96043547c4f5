import { useQuery } from '@tanstack/react-query';
import { useGetIdentity, useGetList, useGetOne } from 'react-admin';
import type { BidSheetRow, Cfp, TopicInterests } from '@summitdesk/contracts';
import { API_URL, httpClient } from '../httpClient';

export type SheetSort = 'id' | 'topicMatch' | 'bid' | 'title';

// The caller's bidding sheet for one call, in one page (a call has at most a few hundred talks).
export function useBidSheet(cfpId: number, sort: SheetSort) {
  return useQuery({
    queryKey: ['bids', cfpId, sort],
    queryFn: async () => {
      const order = sort === 'topicMatch' ? 'DESC' : 'ASC';
      const query = new URLSearchParams({ cfpId: String(cfpId), sort: JSON.stringify([sort, order]), range: JSON.stringify([0, 499]) });
      return (await httpClient<BidSheetRow[]>(`${API_URL}/bids?${query}`)).json;
    },
    retry: false,
  });
}

export async function saveBid(submissionId: number, value: number | 'conflict') {
  return (await httpClient<{ value: number | null }>(`${API_URL}/bids`, { method: 'POST', body: JSON.stringify({ submissionId, value }) }))
    .json;
}

export function useTopicInterests(committeeId: number | undefined) {
  return useQuery({
    queryKey: ['topic-interests', committeeId],
    queryFn: async () => (await httpClient<TopicInterests>(`${API_URL}/topic-interests?committeeId=${committeeId}`)).json,
    enabled: committeeId !== undefined,
    retry: false,
  });
}

export async function saveTopicInterests(committeeId: number, interests: Array<{ topic: string; value: number }>) {
  return (
    await httpClient<TopicInterests>(`${API_URL}/topic-interests`, { method: 'PUT', body: JSON.stringify({ committeeId, interests }) })
  ).json;
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
