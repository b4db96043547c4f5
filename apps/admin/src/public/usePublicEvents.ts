import { useEffect, useState } from 'react';
import { useDataProvider } from '../public-shell/kit';
import type { Event } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { todayIso } from '../common/dates';

export type PublicEvent = Omit<Event, 'version' | 'createdAt'>;

type Loaded = { key: string; events: PublicEvent[]; error: unknown };

// The calendar without signing in: upcoming events (not yet ended), or everything when asked for the past.
export function usePublicEvents(includePast: boolean, attempt: number) {
  const key = `${includePast}:${attempt}`;
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  useEffect(() => {
    const controller = new AbortController();
    const filter = includePast ? {} : { endDate_gte: todayIso() };
    dataProvider
      .getPublicList<PublicEvent>('events', {
        sort: { field: 'startDate', order: includePast ? 'DESC' : 'ASC' },
        range: [0, 499],
        filter,
        signal: controller.signal,
      })
      .then(({ data }) => setLoaded({ key, events: data, error: undefined }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, events: [], error });
      });
    return () => controller.abort();
  }, [dataProvider, includePast, key]);
  // Until this request answers, show it as loading rather than the previous answer.
  const current = loaded?.key === key ? loaded : undefined;
  return { events: current?.events ?? [], isPending: !current, error: current?.error };
}
