import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { BoothShift, CoverageGap, OpeningHours } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';

export type Coverage = {
  boothProposalId: number;
  timeZone: string;
  openingHours: OpeningHours[];
  shifts: BoothShift[];
  gaps: CoverageGap[];
  uncoveredMinutes: number;
};

// The booth's rota and its gaps, as the API computes them with the shared coverage function.
export function useCoverage(proposalId: number | undefined, enabled = true) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return useQuery({
    queryKey: ['booth-proposals', 'coverage', proposalId],
    queryFn: async () => (await dataProvider.getView<Coverage>('booth-proposals', { id: proposalId!, view: 'coverage' })).data,
    enabled: enabled && proposalId !== undefined,
  });
}
