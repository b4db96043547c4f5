import { useQuery } from '@tanstack/react-query';
import type { BoothShift, CoverageGap, OpeningHours } from '@summitdesk/contracts';
import { API_URL, httpClient } from '../httpClient';

export type Coverage = { boothProposalId: number; timeZone: string; openingHours: OpeningHours[]; shifts: BoothShift[]; gaps: CoverageGap[]; uncoveredMinutes: number };

// The booth's rota and its gaps, as the API computes them with the shared coverage function.
export function useCoverage(proposalId: number | undefined, enabled = true) {
  return useQuery({
    queryKey: ['booth-proposals', 'coverage', proposalId],
    queryFn: async () => (await httpClient<Coverage>(`${API_URL}/booth-proposals/${proposalId}/coverage`)).json,
    enabled: enabled && proposalId !== undefined,
  });
}
