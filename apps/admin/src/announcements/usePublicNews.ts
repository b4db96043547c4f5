import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from '../public-shell/kit';
import type { PublicAnnouncement } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';

// Published news, pinned first and newest first (the API's order), read without a token.
export function usePublicNews(count: number) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['public', 'announcements', count],
    queryFn: ({ signal }) =>
      dataProvider.getPublicList<PublicAnnouncement>('announcements', { range: [0, count - 1], signal }).then((result) => result.data),
  });
}
