import { useQuery } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import { API_URL, httpClient } from '../httpClient';

// GET one of a CfP's own endpoints (ranking, assignment matrix), with a way to load it again.
export function useCfpResource<T>(cfpId: Identifier | undefined, path: string) {
  const query = useQuery({
    queryKey: ['cfps', cfpId, path],
    queryFn: async () => (await httpClient<T>(`${API_URL}/cfps/${cfpId}/${path}`)).json,
    enabled: cfpId != null,
  });
  return { data: query.data, error: query.error ?? undefined, reload: async () => void (await query.refetch()) };
}

export async function postToCfp<T>(cfpId: Identifier, path: string, body: unknown = {}): Promise<T> {
  return (await httpClient<T>(`${API_URL}/cfps/${cfpId}/${path}`, { method: 'POST', body: JSON.stringify(body) })).json;
}
