import { useQuery } from '@tanstack/react-query';
import type { BoothSponsorship } from '@summitdesk/contracts';
import { useDataProvider, type Identifier } from 'react-admin';
import type { SummitdeskDataProvider } from '../dataProvider';

// Who sponsors a booth and what it still costs the program, as the API works it out from the ledger.
export function useBoothSponsors(boothProposalId: Identifier | null | undefined) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['booth-proposals', 'sponsors', boothProposalId],
    queryFn: async () => (await dataProvider.getView<BoothSponsorship>('booth-proposals', { id: boothProposalId!, view: 'sponsors' })).data,
    enabled: boothProposalId != null,
    retry: false,
  });
}
