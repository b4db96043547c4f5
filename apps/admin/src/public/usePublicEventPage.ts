import { useEffect, useState } from 'react';
import { useDataProvider } from '../public-shell/kit';
import type { PublicAgendaItem } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import type { PublicEvent } from './usePublicEvents';

type Hours = { day: string; opens: string; closes: string };
type Gap = { day: string; from: string; to: string };
type PublicShift = { day: string; startTime: string; endTime: string; status: string };
export type PublicBooth = {
  boothProposalId: number;
  timeZone: string;
  openingHours: Hours[];
  shifts: PublicShift[];
  gaps: Gap[];
  uncoveredMinutes: number;
};
type PublicCfp = { opensAt: string; closesAt: string; timeZone: string; state: 'upcoming' | 'open' | 'closed'; title: string | null };
export type PublicEventPageData = { event: PublicEvent; booths: PublicBooth[]; cfp: PublicCfp | null; agenda: PublicAgendaItem[] };

// One answer for the whole public page of an event (GET /api/public/events/:slug/page).
export function usePublicEventPage(slug: string | undefined) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [page, setPage] = useState<PublicEventPageData>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!slug) return;
    const controller = new AbortController();
    dataProvider
      .getPublicView<PublicEventPageData>('events', { id: slug, view: 'page', signal: controller.signal })
      .then(({ data }) => setPage(data))
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [dataProvider, slug]);
  return { page, error };
}
