import { useEffect, useState } from 'react';
import { useDataProvider } from '../public-shell/kit';
import type { PublicContest } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';

type Loaded = { key: string; contest?: PublicContest; error: unknown };

// The public view of a contest: approved entries, and results and turnout once voting has closed.
// `version` refetches it after the contest changes (closing, awarding).
export function usePublicContest(id: number | string | undefined, version?: number) {
  const key = `${id}:${version ?? ''}`;
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  useEffect(() => {
    if (id === undefined) return;
    const controller = new AbortController();
    dataProvider
      .getPublicView<PublicContest>('contests', { id, signal: controller.signal })
      .then(({ data }) => setLoaded({ key, contest: data, error: undefined }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, error });
      });
    return () => controller.abort();
  }, [dataProvider, id, key]);
  const current = loaded?.key === key ? loaded : undefined;
  return { contest: current?.contest, isPending: !current, error: current?.error };
}
