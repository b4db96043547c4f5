import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { SummitdeskDataProvider } from '../dataProvider';

// GET one of a CfP's own views (ranking, assignment matrix), with a way to load it again.
export function useCfpResource<T>(cfpId: Identifier | undefined, view: string, filter?: Record<string, unknown>) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const query = useQuery({
    queryKey: ['cfps', cfpId, view, filter],
    queryFn: async () => (await dataProvider.getView<T>('cfps', { id: cfpId!, view, filter })).data,
    enabled: cfpId != null,
  });
  return { data: query.data, error: query.error ?? undefined, reload: async () => void (await query.refetch()) };
}

// POST one of a CfP's own actions (assign, decisions, release decisions).
export function usePostToCfp() {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  return async <T>(cfpId: Identifier, action: string, data: Record<string, unknown> = {}): Promise<T> =>
    (await dataProvider.action<T>('cfps', { id: cfpId, action, data })).data;
}
