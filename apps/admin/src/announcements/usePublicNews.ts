import { useDataProvider } from '../public-shell/kit';
import { usePublicQuery } from '../public-shell/query';
import type { PublicAnnouncement } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';

// Published news, pinned first and newest first (the API's order), read without a token.
export function usePublicNews(count: number) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return usePublicQuery(['public', 'announcements', count], (signal) =>
    dataProvider.getPublicList<PublicAnnouncement>('announcements', { range: [0, count - 1], signal }).then((result) => result.data),
  );
}
