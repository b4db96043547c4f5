import { useEffect, useState } from 'react';
import type { Event } from '@summitdesk/contracts';
import { API_URL, httpClient } from '../httpClient';
import { todayIso } from '../common/dates';

export type PublicEvent = Omit<Event, 'version' | 'createdAt'>;

type Loaded = { key: string; events: PublicEvent[]; error: unknown };

// The calendar without signing in: upcoming events (not yet ended), or everything when asked for the past.
export function usePublicEvents(includePast: boolean, attempt: number) {
  const key = `${includePast}:${attempt}`;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  useEffect(() => {
    const controller = new AbortController();
    const filter = includePast ? {} : { endDate_gte: todayIso() };
    const query = new URLSearchParams({
      sort: JSON.stringify(['startDate', includePast ? 'DESC' : 'ASC']),
      range: JSON.stringify([0, 499]),
      filter: JSON.stringify(filter),
    });
    httpClient<PublicEvent[]>(`${API_URL}/public/events?${query}`, { anonymous: true, signal: controller.signal })
      .then(({ json }) => setLoaded({ key, events: Array.isArray(json) ? json : [], error: undefined }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, events: [], error });
      });
    return () => controller.abort();
  }, [includePast, key]);
  // Until this request answers, show it as loading rather than the previous answer.
  const current = loaded?.key === key ? loaded : undefined;
  return { events: current?.events ?? [], isPending: !current, error: current?.error };
}
