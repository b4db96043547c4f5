import { useEffect, useState } from 'react';
import type { PublicContest } from '@summitdesk/contracts';
import { API_URL, httpClient } from '../httpClient';

type Loaded = { key: string; contest?: PublicContest; error: unknown };

// The public view of a contest: approved entries, and results and turnout once voting has closed.
// `version` refetches it after the contest changes (closing, awarding).
export function usePublicContest(id: number | string | undefined, version?: number) {
  const key = `${id}:${version ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  useEffect(() => {
    if (id === undefined) return;
    const controller = new AbortController();
    httpClient<PublicContest>(`${API_URL}/public/contests/${encodeURIComponent(String(id))}`, { anonymous: true, signal: controller.signal })
      .then(({ json }) => setLoaded({ key, contest: json, error: undefined }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, error });
      });
    return () => controller.abort();
  }, [id, key]);
  const current = loaded?.key === key ? loaded : undefined;
  return { contest: current?.contest, isPending: !current, error: current?.error };
}
