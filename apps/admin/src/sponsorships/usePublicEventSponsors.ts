import { useQuery } from '@tanstack/react-query';
import type { PublicEventSponsors } from '@summitdesk/contracts';
import { useDataProvider } from '../public-shell/kit';
import type { SummitdeskDataProvider } from '../dataProvider';

// Paid sponsors of an event by tier, and its sponsored booths; no sign-in needed.
export function usePublicEventSponsors(slug: string | undefined) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['public', 'events', slug, 'sponsors'],
    queryFn: async () => (await dataProvider.getPublicView<PublicEventSponsors>('events', { id: slug!, view: 'sponsors' })).data,
    enabled: Boolean(slug),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
