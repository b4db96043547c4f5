import type { PublicEventSponsors } from '@summitdesk/contracts';
import { useDataProvider } from '../public-shell/kit';
import { usePublicQuery } from '../public-shell/query';
import type { SummitdeskDataProvider } from '../dataProvider';

// Paid sponsors of an event by tier, and its sponsored booths; no sign-in needed.
export function usePublicEventSponsors(slug: string | undefined) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return usePublicQuery(
    ['public', 'events', slug, 'sponsors'],
    async (signal) => (await dataProvider.getPublicView<PublicEventSponsors>('events', { id: slug!, view: 'sponsors', signal })).data,
    { enabled: Boolean(slug), staleTime: 5 * 60_000 },
  );
}
