import { useGetIdentity, useGetList } from 'react-admin';
import type { Sponsor } from '@summitdesk/contracts';

// The companies the signed-in member acts for (they are one of its contacts).
export function useMySponsors() {
  const { identity } = useGetIdentity();
  const { data, isPending, error } = useGetList<Sponsor>(
    'sponsors',
    { filter: { contactId: identity?.id }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 20 } },
    { enabled: identity?.id != null },
  );
  return { sponsors: data ?? [], isPending: identity?.id == null || isPending, error };
}
